import { describe, expect, it } from 'vitest';
import type { BarBox } from './bars';
import {
  idsInRect,
  navLines,
  neighbour,
  normalizeRect,
  type PlacedRow,
  rowOffsets,
  rowRange,
  rowRuns,
} from './rowGeometry';

const box = (x: number, width: number, row: number): BarBox => ({
  x,
  width,
  row,
  labelOutside: false,
  children: 0,
  collapsed: false,
});

describe('rows in view', () => {
  const offsets = rowOffsets([60, 100, 60, 200]);

  it('sums heights', () => {
    expect(offsets).toEqual([0, 60, 160, 220, 420]);
  });

  it.each([
    [0, 10, [0, 1]],
    [59, 61, [0, 2]],
    [60, 160, [1, 2]],
    [150, 500, [1, 4]],
    [500, 600, [4, 4]],
  ] as const)('band %i..%i shows rows %j', (y0, y1, range) => {
    expect(rowRange(offsets, y0, y1)).toEqual(range);
  });

  it.each([
    [[], [[10, 14]]],
    [
      [2],
      [
        [2, 3],
        [10, 14],
      ],
    ],
    [
      [12, 20, 9, 20],
      [
        [9, 14],
        [20, 21],
      ],
    ],
    [[14, -1], [[10, 15]]],
  ] as const)('rows in view 10..14 and a dragged bar from rows %j render as runs %j', (pinned, runs) => {
    expect(rowRuns(10, 14, pinned)).toEqual(runs);
  });

  it('renders only the pinned row when none is in view', () => {
    expect(rowRuns(4, 4, [7])).toEqual([[7, 8]]);
  });
});

// Two rows: the first has bars a (row 0) and b, c (row 1); the second d (row 0).
const rows: PlacedRow[] = [
  {
    top: 0,
    boxes: new Map([
      ['a', box(100, 200, 0)],
      ['b', box(0, 80, 1)],
      ['c', box(400, 80, 1)],
    ]),
  },
  { top: 100, boxes: new Map([['d', box(250, 100, 0)]]) },
];

describe('rubber band', () => {
  it('selects the bars a rectangle touches', () => {
    // y 8..32 is row 0 of the first row, 40..64 its row 1, 108..132 the second row
    expect(idsInRect(rows, normalizeRect({ x: 290, y: 20 }, { x: 50, y: 50 }))).toEqual(['a', 'b']);
    expect(idsInRect(rows, normalizeRect({ x: 260, y: 0 }, { x: 270, y: 120 }))).toEqual(['a', 'd']);
    expect(idsInRect(rows, normalizeRect({ x: 600, y: 0 }, { x: 700, y: 200 }))).toEqual([]);
  });
});

describe('arrow-key navigation', () => {
  const lines = navLines(rows);

  it('builds lines top to bottom, bars left to right', () => {
    expect(lines.map((l) => l.map((b) => b.id))).toEqual([['a'], ['b', 'c'], ['d']]);
  });

  it('moves within a line', () => {
    expect(neighbour(lines, 'b', 'right')).toBe('c');
    expect(neighbour(lines, 'c', 'left')).toBe('b');
    expect(neighbour(lines, 'c', 'right')).toBeNull();
  });

  it('moves to the nearest bar in the line above or below', () => {
    expect(neighbour(lines, 'a', 'down')).toBe('b');
    expect(neighbour(lines, 'c', 'down')).toBe('d');
    expect(neighbour(lines, 'd', 'up')).toBe('c');
    expect(neighbour(lines, 'b', 'up')).toBe('a');
    expect(neighbour(lines, 'a', 'up')).toBeNull();
    expect(neighbour(lines, 'missing', 'up')).toBeNull();
  });
});
