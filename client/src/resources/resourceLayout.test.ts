import { describe, expect, it } from 'vitest';
import { BAR_HEIGHT } from '../timeline/bars';
import { dayScale } from '../timeline/timeScale';
import { type AssignmentSpan, barTop, layoutAssignments, RES, sameRowLayout } from './resourceLayout';

const scale = dayScale(0, 100, 10);
const span = (id: string, start: number, end: number, label = id): AssignmentSpan => ({
  id,
  start,
  end,
  kind: 'project',
  label,
});

describe('resource row layout', () => {
  it('places bars on the time scale and stacks overlapping ones', () => {
    const layout = layoutAssignments([span('a', 0, 19), span('b', 10, 29), span('c', 30, 39)], scale);
    expect(layout.boxes.get('a')).toMatchObject({ x: 0, width: 200, row: 0 });
    expect(layout.boxes.get('b')).toMatchObject({ x: 100, row: 1 });
    expect(layout.boxes.get('c')).toMatchObject({ x: 300, row: 0 });
    expect(layout.rowCount).toBe(2);
    expect(layout.stripTop).toBeGreaterThanOrEqual(barTop(1) + BAR_HEIGHT);
    expect(layout.height).toBe(layout.stripTop + RES.strip + RES.padding);
  });

  it('leaves room for a label beside a narrow bar', () => {
    const layout = layoutAssignments([span('a', 0, 1, 'A long title beside it'), span('b', 4, 9)], scale);
    expect(layout.boxes.get('a')?.labelOutside).toBe(true);
    expect(layout.boxes.get('b')?.row).toBe(1);
  });

  it('keeps the minimum height for an empty row', () => {
    const layout = layoutAssignments([], scale);
    expect(layout.rowCount).toBe(1);
    expect(layout.height).toBe(RES.minRow);
    expect(layout.stripTop).toBe(RES.minRow - RES.padding - RES.strip);
  });

  it('compares layouts by what they draw', () => {
    const a = layoutAssignments([span('a', 0, 19)], scale);
    expect(sameRowLayout(a, layoutAssignments([span('a', 0, 19)], scale))).toBe(true);
    expect(sameRowLayout(a, layoutAssignments([span('a', 1, 19)], scale))).toBe(false);
  });
});
