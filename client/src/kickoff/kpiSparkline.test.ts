import { describe, expect, it } from 'vitest';
import { sparklineGeometry } from './kpiSparkline';

const size = { width: 120, height: 28, pad: 3 };

describe('sparklineGeometry', () => {
  it('runs time across by day and values up, with the target in the box', () => {
    const g = sparklineGeometry(
      [
        { date: '2026-01-01', value: 0 },
        { date: '2026-01-11', value: 50 },
        { date: '2026-01-31', value: 20 },
      ],
      100,
      size,
    );
    // x: 3 .. 117 over 30 days; y: 25 (0) .. 3 (100)
    expect(g.path).toBe('M3,25L41,14L117,20.6');
    expect(g.targetY).toBe(3);
    expect(g.last).toEqual({ x: 117, y: expect.closeTo(20.6, 5) });
  });

  it('keeps a target below every value in the box (lower is better)', () => {
    const g = sparklineGeometry(
      [
        { date: '2026-01-01', value: 30 },
        { date: '2026-02-01', value: 20 },
      ],
      10,
      size,
    );
    expect(g.targetY).toBe(25);
    expect(g.last?.y).toBeCloseTo(14);
  });

  it('draws one value as a dot in the middle, and nothing but the target without values', () => {
    const one = sparklineGeometry([{ date: '2026-01-01', value: 5 }], 5, size);
    expect(one.path).toBeNull();
    expect(one.last).toEqual({ x: 60, y: 14 });
    const none = sparklineGeometry([], 60, size);
    expect(none).toEqual({ path: null, targetY: 14, last: null });
  });
});
