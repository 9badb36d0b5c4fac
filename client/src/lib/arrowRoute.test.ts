import { describe, expect, it } from 'vitest';
import { arrowHead, depSides, pathOf, routeArrow, trimRoute } from './arrowRoute';

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

describe('routeArrow', () => {
  it('runs a forward finish-to-start link in three segments, its vertical in the middle', () => {
    const route = routeArrow({ x: 100, y: 20, side: 'end' }, { x: 200, y: 84, side: 'start' });
    expect(route).toEqual([
      { x: 100, y: 20 },
      { x: 150, y: 20 },
      { x: 150, y: 84 },
      { x: 200, y: 84 },
    ]);
    // the middle of its bounding box is on the route (a click there hits the arrow)
    expect(pathOf(route)).toBe('M100 20 L150 20 L150 84 L200 84');
  });

  it('is a straight line when both ends share a row', () => {
    expect(routeArrow({ x: 100, y: 20, side: 'end' }, { x: 200, y: 20, side: 'start' })).toEqual([
      { x: 100, y: 20 },
      { x: 200, y: 20 },
    ]);
  });

  it('runs back between the rows when the successor starts before the predecessor ends', () => {
    const route = routeArrow({ x: 300, y: 20, side: 'end' }, { x: 200, y: 84, side: 'start' });
    expect(route).toEqual([
      { x: 300, y: 20 },
      { x: 310, y: 20 },
      { x: 310, y: 52 },
      { x: 190, y: 52 },
      { x: 190, y: 84 },
      { x: 200, y: 84 },
    ]);
  });

  it('detours below the row when a backward link stays in one row', () => {
    const route = routeArrow({ x: 300, y: 20, side: 'end' }, { x: 200, y: 20, side: 'start' });
    expect(route[2]).toEqual({ x: 310, y: 36 });
    expect(route.at(-1)).toEqual({ x: 200, y: 20 });
  });

  it('runs start-to-start and finish-to-finish links along a channel between the rows', () => {
    const ss = routeArrow({ x: 100, y: 20, side: 'start' }, { x: 150, y: 84, side: 'start' });
    expect(ss).toEqual([
      { x: 100, y: 20 },
      { x: 90, y: 20 },
      { x: 90, y: 52 },
      { x: 140, y: 52 },
      { x: 140, y: 84 },
      { x: 150, y: 84 },
    ]);
    const ff = routeArrow({ x: 300, y: 20, side: 'end' }, { x: 250, y: 84, side: 'end' });
    expect(ff[1]).toEqual({ x: 310, y: 20 });
    expect(ff.at(-2)).toEqual({ x: 260, y: 84 });
  });

  it.each([
    ['FS forward', { x: 100, y: 20, side: 'end' }, { x: 300, y: 116, side: 'start' }],
    ['FS backward', { x: 300, y: 20, side: 'end' }, { x: 100, y: 116, side: 'start' }],
    ['SS', { x: 100, y: 20, side: 'start' }, { x: 250, y: 116, side: 'start' }],
    ['FF', { x: 400, y: 20, side: 'end' }, { x: 250, y: 116, side: 'end' }],
  ] as const)('%s: the middle of the bounding box is on the route', (_name, from, to) => {
    const route = routeArrow(from, to);
    const xs = route.map((p) => p.x);
    const ys = route.map((p) => p.y);
    const c = { x: (Math.min(...xs) + Math.max(...xs)) / 2, y: (Math.min(...ys) + Math.max(...ys)) / 2 };
    const onRoute = route.slice(1).some((q, i) => {
      const p = route[i] as { x: number; y: number };
      const within = (v: number, a: number, b: number) => v >= Math.min(a, b) - 0.5 && v <= Math.max(a, b) + 0.5;
      return within(c.x, p.x, q.x) && within(c.y, p.y, q.y);
    });
    expect(onRoute).toBe(true);
  });

  it('enters a finish from the right for start-to-finish', () => {
    const route = routeArrow({ x: 100, y: 20, side: 'start' }, { x: 60, y: 84, side: 'end' });
    expect(route.at(-2)?.x).toBeGreaterThan(60);
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
