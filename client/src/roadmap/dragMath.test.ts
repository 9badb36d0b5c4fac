import { describe, expect, it } from 'vitest';
import { deltaDays, dragModeOf, dragOffset, EDGE_BAND, edgeSpeed, isDragData, resizedDates } from './dragMath';

describe('drag math', () => {
  it('rounds pixel deltas to whole days', () => {
    expect(deltaDays(0, 9)).toBe(0);
    expect(deltaDays(4, 9)).toBe(0);
    expect(deltaDays(5, 9)).toBe(1);
    expect(deltaDays(-5, 9)).toBe(-1);
    expect(deltaDays(-4, 9)).toBe(0);
    expect(deltaDays(100, 1.2)).toBe(83);
  });

  it('adds what the board scrolled during a drag to how far the pointer moved', () => {
    const from = { x: 1250, y: 300, scrollLeft: 1024, scrollTop: 0 };
    // held still at the edge while the board scrolled 900 px: the bar went 900 px further in time
    expect(dragOffset(from, { x: 1350, y: 300, scrollLeft: 1924, scrollTop: 0 })).toEqual({ dx: 1000, dy: 0 });
    // scrolled back by the wheel while the pointer went right: they cancel out
    expect(dragOffset(from, { x: 1350, y: 280, scrollLeft: 924, scrollTop: 64 })).toEqual({ dx: 0, dy: 44 });
    // at Months zoom (9 px a day) 100 px right without scrolling is 11 days
    expect(deltaDays(dragOffset(from, { ...from, x: 1350 }).dx, 9)).toBe(11);
  });

  it('scrolls only in a narrow band along the edges, faster the deeper the pointer goes', () => {
    const [lo, hi] = [240, 1440];
    // 90 px from the right edge (grabbed 190 px from it and moved 100 px right): no scrolling
    expect(edgeSpeed(1350, lo, hi)).toBe(0);
    expect(edgeSpeed(800, lo, hi)).toBe(0);
    expect(edgeSpeed(hi - EDGE_BAND, lo, hi)).toBe(0);
    const shallow = edgeSpeed(hi - EDGE_BAND + 5, lo, hi);
    const deep = edgeSpeed(hi - 5, lo, hi);
    expect(shallow).toBeGreaterThan(0);
    expect(deep).toBeGreaterThan(shallow * 5);
    // past the edge (off the window, or over the name column on the left): full speed, capped
    expect(edgeSpeed(hi + 300, lo, hi)).toBe(edgeSpeed(hi, lo, hi));
    expect(edgeSpeed(100, lo, hi)).toBe(-edgeSpeed(hi, lo, hi));
    expect(edgeSpeed(lo + 5, lo, hi)).toBe(-deep);
    expect(edgeSpeed(hi, lo, hi)).toBeLessThanOrEqual(1000);
  });

  it('never scrolls a view too small to leave room between the bands', () => {
    expect(edgeSpeed(110, 100, 200)).toBe(0);
  });

  it.each([
    ['end', 3, { end: '2026-03-13' }],
    ['end', -20, { end: '2026-03-01' }],
    ['start', -2, { start: '2026-02-27' }],
    ['start', 30, { start: '2026-03-10' }],
    ['start', 0, null],
  ] as const)('resizing %s by %i days', (mode, days, expected) => {
    expect(resizedDates({ start: '2026-03-01', end: '2026-03-10' }, mode, days)).toEqual(expected);
  });

  it('recognises drag data', () => {
    expect(isDragData({ itemId: 'item:a' })).toBe(true);
    expect(isDragData({ id: 'item:a' })).toBe(false);
    expect(isDragData(null)).toBe(false);
  });

  it('resizes from an edge handle and moves from anywhere else', () => {
    expect(dragModeOf('start')).toBe('start');
    expect(dragModeOf('end')).toBe('end');
    expect(dragModeOf(undefined)).toBe('move');
    expect(dragModeOf('connector')).toBe('move');
  });
});
