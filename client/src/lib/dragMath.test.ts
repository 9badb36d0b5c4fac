import { describe, expect, it } from 'vitest';
import { deltaDays, dragModeOf, isDragData, resizedDates, snapTransform } from './dragMath';

describe('drag math', () => {
  it('rounds pixel deltas to whole days', () => {
    expect(deltaDays(0, 9)).toBe(0);
    expect(deltaDays(4, 9)).toBe(0);
    expect(deltaDays(5, 9)).toBe(1);
    expect(deltaDays(-5, 9)).toBe(-1);
    expect(deltaDays(-4, 9)).toBe(0);
    expect(deltaDays(100, 1.2)).toBe(83);
  });

  it('snaps the visible transform and pins resizes to their row', () => {
    const t = { x: 23, y: 40, scaleX: 1, scaleY: 1 };
    expect(snapTransform(t, 10, 'move')).toEqual({ x: 20, y: 40, scaleX: 1, scaleY: 1 });
    expect(snapTransform(t, 10, 'end')).toEqual({ x: 20, y: 0, scaleX: 1, scaleY: 1 });
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
