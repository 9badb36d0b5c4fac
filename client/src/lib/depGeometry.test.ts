import { describe, expect, it } from 'vitest';
import { type BarPlace, depAnchors, visibleDeps } from './depGeometry';

const place = (x: number, y: number, width = 100, proxy = false): BarPlace => ({ x, y, width, proxy });

describe('depAnchors', () => {
  it('joins the predecessor end to the successor start for FS, at mid-height', () => {
    expect(depAnchors('FS', place(0, 8), place(300, 40))).toEqual([
      { x: 100, y: 20, side: 'end' },
      { x: 300, y: 52, side: 'start' },
    ]);
  });

  it('uses the starts for SS and the ends for FF', () => {
    expect(depAnchors('SS', place(0, 8), place(300, 40)).map((a) => a.x)).toEqual([0, 300]);
    expect(depAnchors('FF', place(0, 8), place(300, 40)).map((a) => a.x)).toEqual([100, 400]);
    expect(depAnchors('SF', place(0, 8), place(300, 40)).map((a) => a.x)).toEqual([0, 400]);
  });
});

describe('visibleDeps', () => {
  const places: Record<string, BarPlace> = {
    a: place(0, 8),
    b: place(300, 40),
    far: place(5000, 9000),
    farther: place(6000, 9400),
    folded: place(0, 8, 100, true),
  };
  const deps = [
    { id: 'ab', from: 'a', to: 'b' },
    { id: 'a-far', from: 'a', to: 'far' },
    { id: 'far-farther', from: 'far', to: 'farther' },
    { id: 'a-hidden', from: 'a', to: 'filtered-out' },
    { id: 'a-folded', from: 'a', to: 'folded' },
  ];

  it('keeps links with an end in view, drops the rest', () => {
    expect(visibleDeps(deps, (id) => places[id], { x0: 0, x1: 1000, y0: 0, y1: 600 })).toEqual(['ab', 'a-far']);
  });
});
