import { describe, expect, it } from 'vitest';
import {
  bestColumn,
  blocked,
  channels,
  disjoint,
  type Field,
  type Line,
  lineAt,
  linesAcross,
  overlaps,
} from './arrowField';

const line = (y0: number, spans: Array<[number, number]>, under: Array<[number, number]> = []): Line => ({
  y0,
  y1: y0 + 24,
  spans: spans.map(([x0, x1]) => ({ x0, x1 })),
  under: under.map(([x0, x1]) => ({ x0, x1 })),
});

// three lines of one lane (8 px gutters), then a lane below (16 px between them)
const field: Field = {
  lines: [
    line(8, [
      [0, 100],
      [200, 300],
    ]),
    line(40, [[50, 250]], [[50, 260]]),
    line(72, [[400, 500]]),
    line(112, [[0, 1000]]),
  ],
};

describe('disjoint', () => {
  it('sorts and merges overlapping stretches, keeps touching ones apart', () => {
    expect(
      disjoint([
        { x0: 50, x1: 80 },
        { x0: 0, x1: 60 },
        { x0: 80, x1: 90 },
      ]),
    ).toEqual([
      { x0: 0, x1: 80 },
      { x0: 80, x1: 90 },
    ]);
  });
});

describe('lineAt and linesAcross', () => {
  it.each([
    [20, 0],
    [32, -1],
    [36, -1],
    [40, 1],
    [130, 3],
    [200, -1],
  ])('y %d is in line %d', (y, i) => {
    expect(lineAt(field, y)).toBe(i);
  });

  it.each([
    [20, 84, [0, 3]],
    [84, 20, [0, 3]],
    [34, 38, [1, 1]],
    [100, 124, [3, 4]],
    [0, 4, [0, 0]],
  ] as const)('a vertical from %d to %d crosses lines %j', (ya, yb, range) => {
    expect(linesAcross(field, ya, yb)).toEqual(range);
  });
});

describe('blocked and overlaps', () => {
  const spans = field.lines[0]?.spans ?? [];
  it.each([
    [50, true],
    [100, false],
    [150, false],
    [200, false],
    [201, true],
  ])('x %d blocked: %s', (x, hit) => {
    expect(blocked(spans, x)).toBe(hit);
  });

  it.each([
    [100, 200, 0],
    [90, 210, 2],
    [310, 150, 1],
    [-50, 400, 2],
  ])('a run from %d to %d goes through %d spans', (a, b, n) => {
    expect(overlaps(spans, a, b)).toBe(n);
  });
});

describe('bestColumn', () => {
  it('keeps the column when nothing is in the way', () => {
    expect(bestColumn(field, [0, 1], 150, 1, 100)).toEqual({ x: 150, crossings: 0 });
  });

  it('moves past what is in the way, with a margin, in the direction asked', () => {
    // line 1 has [50, 250]; line 0 has [200, 300]
    expect(bestColumn(field, [0, 2], 210, 1, 200)).toEqual({ x: 304, crossings: 0 });
    expect(bestColumn(field, [1, 2], 210, -1, 200)).toEqual({ x: 46, crossings: 0 });
  });

  it('takes the nearest of the free columns, whichever line it comes from', () => {
    const two: Field = { lines: [line(8, [[300, 400]]), line(40, [[0, 20]])] };
    expect(bestColumn(two, [0, 2], 10, 1, 500)).toEqual({ x: 24, crossings: 0 });
  });

  it('takes the fewest crossings when no column is free within reach', () => {
    expect(bestColumn(field, [0, 4], 210, 1, 150)).toEqual({ x: 304, crossings: 1 });
  });
});

describe('channels', () => {
  it.each([
    [0, [3]],
    [1, [36]],
    [3, [101, 107]],
    [4, [141]],
  ])('gutter %d is run along at %j', (i, ys) => {
    expect(channels(field, i)).toEqual(ys);
  });
});
