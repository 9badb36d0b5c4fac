import { describe, expect, it } from 'vitest';
import { FrameBatch } from './cursorPainter';

/** A hand-run frame clock: frames run only when the test says so. */
function clock() {
  const queued = new Map<number, () => void>();
  let next = 1;
  return {
    schedule: (run: () => void) => {
      queued.set(next, run);
      return next++;
    },
    cancel: (frame: number) => queued.delete(frame),
    pending: () => queued.size,
    frame: () => {
      const runs = [...queued.values()];
      queued.clear();
      for (const run of runs) run();
    },
  };
}

describe('FrameBatch', () => {
  it('hands over every key marked before a frame once, in one flush', () => {
    const c = clock();
    const flushes: number[][] = [];
    const batch = new FrameBatch<number>((keys) => flushes.push([...keys]), c.schedule, c.cancel);
    for (let i = 0; i < 1000; i++) batch.mark(i % 50);
    expect(c.pending()).toBe(1);
    c.frame();
    expect(flushes).toHaveLength(1);
    expect(flushes[0]).toEqual(Array.from({ length: 50 }, (_, i) => i));
    c.frame();
    expect(flushes).toHaveLength(1);
  });

  it('asks for a new frame for keys marked after a flush, and none once destroyed', () => {
    const c = clock();
    const flushes: number[][] = [];
    const batch = new FrameBatch<number>((keys) => flushes.push([...keys]), c.schedule, c.cancel);
    batch.mark(1);
    c.frame();
    batch.mark(2);
    c.frame();
    expect(flushes).toEqual([[1], [2]]);
    batch.mark(3);
    batch.destroy();
    expect(c.pending()).toBe(0);
    c.frame();
    expect(flushes).toHaveLength(2);
  });
});
