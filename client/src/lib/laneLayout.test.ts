import { describe, expect, it } from 'vitest';
import type { ItemSpan } from './boardStore';
import { layoutLane } from './laneLayout';
import { dayScale, isoDay } from './timeScale';

const span = (id: string, start: string, end: string, kind: ItemSpan['kind'] = 'project'): ItemSpan => ({
  id,
  start: isoDay(start),
  end: isoDay(end),
  kind,
  order: 'a0',
  title: id,
});

describe('layoutLane', () => {
  const scale = dayScale(isoDay('2026-01-01'), isoDay('2027-01-01'), 10);

  it('places bars by date with inclusive ends', () => {
    const { boxes, rowCount } = layoutLane([span('a', '2026-01-01', '2026-01-14')], scale);
    expect(boxes.get('a')).toEqual({ x: 0, width: 140, row: 0, labelOutside: false });
    expect(rowCount).toBe(1);
  });

  it('stacks overlapping bars and centres milestones on their day', () => {
    const { boxes, rowCount } = layoutLane(
      [
        span('a', '2026-01-01', '2026-01-31'),
        span('b', '2026-01-20', '2026-02-20'),
        span('m', '2026-01-11', '2026-01-11', 'milestone'),
      ],
      scale,
    );
    expect(boxes.get('m')).toMatchObject({ x: 100 + 5 - 8, width: 16, labelOutside: true });
    // Packed by left edge: the milestone (and its label) ends before b starts, so they share a row.
    expect(boxes.get('m')?.row).toBe(1);
    expect(boxes.get('b')?.row).toBe(1);
    expect(rowCount).toBe(2);
  });

  it('keeps room for the label of a narrow bar', () => {
    const { boxes } = layoutLane(
      [span('short', '2026-01-01', '2026-01-02'), span('next', '2026-01-04', '2026-02-20')],
      scale,
    );
    expect(boxes.get('short')?.labelOutside).toBe(true);
    expect(boxes.get('next')?.row).toBe(1);
  });
});
