import { describe, expect, it } from 'vitest';
import { disjoint, type Field } from './arrowField';
import { arrowHead, depSides, type Point, routeArrow, trimRoute } from './arrowRoute';

describe('depSides', () => {
  it.each([
    ['FS', ['end', 'start']],
    ['SS', ['start', 'start']],
    ['FF', ['end', 'end']],
    ['SF', ['start', 'end']],
  ] as const)('%s leaves and enters the right edges', (type, sides) => {
    expect(depSides(type)).toEqual(sides);
  });
});

type Box = [x0: number, x1: number, y0: number];

/** A field of bars (24 px tall, top at y0) and titles, as lines like the roadmap's. */
function fieldOf(boxes: Box[]): Field {
  const byLine = new Map<number, Array<{ x0: number; x1: number }>>();
  for (const [x0, x1, y0] of boxes) byLine.set(y0, [...(byLine.get(y0) ?? []), { x0, x1 }]);
  return {
    lines: [...byLine.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([y0, spans]) => ({ y0, y1: y0 + 24, spans: disjoint(spans), under: [] })),
  };
}

/** Whether any segment of the route passes through the inside of the box. */
function crosses(route: readonly Point[], [x0, x1, y0]: Box): boolean {
  return route.slice(1).some((q, i) => {
    const p = route[i] as Point;
    return (
      Math.min(p.x, q.x) < x1 && Math.max(p.x, q.x) > x0 && Math.min(p.y, q.y) < y0 + 24 && Math.max(p.y, q.y) > y0
    );
  });
}

const anchor = (x: number, y: number, side: 'start' | 'end') => ({ x, y, side }) as const;

describe('routeArrow without other bars', () => {
  it('runs a forward finish-to-start link out of the end, down beside it, into the start', () => {
    expect(routeArrow(anchor(100, 20, 'end'), anchor(200, 84, 'start'))).toEqual([
      { x: 100, y: 20 },
      { x: 112, y: 20 },
      { x: 112, y: 84 },
      { x: 200, y: 84 },
    ]);
  });

  it('is a straight line when both ends share a row', () => {
    expect(routeArrow(anchor(100, 20, 'end'), anchor(200, 20, 'start'))).toEqual([
      { x: 100, y: 20 },
      { x: 200, y: 20 },
    ]);
  });

  it('runs back between the rows when the successor starts before the predecessor ends', () => {
    expect(routeArrow(anchor(300, 20, 'end'), anchor(200, 84, 'start'))).toEqual([
      { x: 300, y: 20 },
      { x: 312, y: 20 },
      { x: 312, y: 52 },
      { x: 188, y: 52 },
      { x: 188, y: 84 },
      { x: 200, y: 84 },
    ]);
  });

  it('brackets start-to-start links on the left and finish-to-finish links on the right', () => {
    expect(routeArrow(anchor(100, 20, 'start'), anchor(150, 84, 'start'))).toEqual([
      { x: 100, y: 20 },
      { x: 88, y: 20 },
      { x: 88, y: 84 },
      { x: 150, y: 84 },
    ]);
    const ff = routeArrow(anchor(300, 20, 'end'), anchor(250, 84, 'end'));
    expect(ff[1]).toEqual({ x: 312, y: 20 });
    expect(ff.at(-2)).toEqual({ x: 312, y: 84 });
  });

  it.each([
    ['FS forward', anchor(100, 20, 'end'), anchor(300, 116, 'start')],
    ['FS backward', anchor(300, 20, 'end'), anchor(100, 116, 'start')],
    ['FS backward in one row', anchor(300, 20, 'end'), anchor(200, 20, 'start')],
    ['SS', anchor(100, 20, 'start'), anchor(250, 116, 'start')],
    ['FF', anchor(400, 20, 'end'), anchor(250, 116, 'end')],
    ['SF', anchor(100, 20, 'start'), anchor(60, 84, 'end')],
    ['SF upwards', anchor(300, 116, 'start'), anchor(100, 20, 'end')],
  ] as const)('%s: leaves and enters each bar on its side, horizontally', (_name, from, to) => {
    const route = routeArrow(from, to);
    const [first, second] = route;
    const [before, last] = route.slice(-2);
    expect(first).toEqual({ x: from.x, y: from.y });
    expect(last).toEqual({ x: to.x, y: to.y });
    expect(second?.y).toBe(from.y);
    expect(((second?.x ?? 0) - from.x) * (from.side === 'end' ? 1 : -1)).toBeGreaterThan(0);
    expect(before?.y).toBe(to.y);
    // the last run is long enough for the head and points into the bar
    expect((to.x - (before?.x ?? 0)) * (to.side === 'start' ? 1 : -1)).toBeGreaterThanOrEqual(9);
  });
});

describe('routeArrow around other bars', () => {
  // Each case: the two ends (bar edges at mid-height), the bars of the board with the
  // two ends' own bars, and a third one that the straight elbow would go through.
  const cases: Array<[string, ReturnType<typeof anchor>, ReturnType<typeof anchor>, Box[], Box]> = [
    [
      'a bar between both ends in one row',
      anchor(100, 20, 'end'),
      anchor(300, 20, 'start'),
      [
        [0, 100, 8],
        [300, 400, 8],
      ],
      [150, 250, 8],
    ],
    [
      'a bar in the row between, under the source end',
      anchor(100, 20, 'end'),
      anchor(300, 84, 'start'),
      [
        [0, 100, 8],
        [300, 400, 72],
      ],
      [50, 200, 40],
    ],
    [
      'a bar in the target row, before the target',
      anchor(100, 20, 'end'),
      anchor(400, 52, 'start'),
      [
        [0, 100, 8],
        [400, 500, 40],
      ],
      [150, 300, 40],
    ],
    [
      'a title beside the source',
      anchor(100, 20, 'end'),
      anchor(300, 52, 'start'),
      [
        [0, 100, 8],
        [300, 400, 40],
      ],
      [106, 200, 8],
    ],
    [
      'a bar in the row between, on a backward link',
      anchor(300, 20, 'end'),
      anchor(100, 84, 'start'),
      [
        [200, 300, 8],
        [100, 250, 72],
      ],
      [280, 330, 40],
    ],
    [
      'a bar left of the target of a start-to-start link',
      anchor(100, 20, 'start'),
      anchor(150, 52, 'start'),
      [
        [100, 200, 8],
        [150, 300, 40],
      ],
      [60, 130, 40],
    ],
    [
      'a bar right of the source of a finish-to-finish link',
      anchor(300, 52, 'end'),
      anchor(200, 20, 'end'),
      [
        [100, 300, 40],
        [100, 200, 8],
      ],
      [230, 330, 8],
    ],
  ];

  it.each(cases)('steers around %s', (_name, from, to, ends, third) => {
    // the plain elbow goes through it …
    expect(crosses(routeArrow(from, to), third)).toBe(true);
    // … the routed one does not, and crosses neither end's bar
    const route = routeArrow(from, to, { field: fieldOf([...ends, third]) });
    expect(crosses(route, third)).toBe(false);
    for (const end of ends) expect(crosses(route, end)).toBe(false);
    expect(route[0]).toEqual({ x: from.x, y: from.y });
    expect(route.at(-1)).toEqual({ x: to.x, y: to.y });
  });

  it('crosses what it must, and no more', () => {
    // a wide bar across the whole row between the two ends
    const wide: Box = [0, 1000, 40];
    const route = routeArrow(anchor(100, 20, 'end'), anchor(300, 84, 'start'), {
      field: fieldOf([[0, 100, 8], wide, [300, 400, 72], [150, 250, 72]]),
    });
    expect(crosses(route, wide)).toBe(true);
    expect(crosses(route, [150, 250, 72])).toBe(false);
  });
});

describe('routeArrow at the left edge of the time area', () => {
  it.each([
    ['start-to-start from a bar at the edge', anchor(2, 20, 'start'), anchor(40, 84, 'start')],
    ['finish-to-start back to a bar at the edge', anchor(200, 20, 'end'), anchor(3, 84, 'start')],
    ['start-to-finish from near the edge', anchor(5, 84, 'start'), anchor(100, 20, 'end')],
    ['start-to-start within one row', anchor(1, 20, 'start'), anchor(60, 20, 'start')],
  ] as const)('%s: no point lies left of it', (_name, from, to) => {
    for (const field of [
      undefined,
      fieldOf([
        [0, 30, 8],
        [0, 50, 40],
        [0, 80, 72],
      ]),
    ]) {
      const route = routeArrow(from, to, { field, minX: 0 });
      expect(route.length).toBeGreaterThan(1);
      expect(Math.min(...route.map((p) => p.x))).toBeGreaterThanOrEqual(0);
    }
  });
});

describe('arrowHead', () => {
  it('points along the last segment', () => {
    expect(
      arrowHead(
        [
          { x: 0, y: 0 },
          { x: 100, y: 0 },
        ],
        6,
      ),
    ).toBe('M100 0 L94 -3.3 L94 3.3 Z');
    expect(
      arrowHead(
        [
          { x: 100, y: 0 },
          { x: 0, y: 0 },
        ],
        6,
      ),
    ).toBe('M0 0 L6 3.3 L6 -3.3 Z');
  });
});

describe('trimRoute', () => {
  it('cuts length off both ends, across corners', () => {
    const route = [
      { x: 0, y: 0 },
      { x: 10, y: 0 },
      { x: 10, y: 50 },
      { x: 30, y: 50 },
    ];
    expect(trimRoute(route, 15, 5)).toEqual([
      { x: 10, y: 5 },
      { x: 10, y: 50 },
      { x: 25, y: 50 },
    ]);
    expect(trimRoute(route, 100, 0)).toEqual([]);
  });
});
