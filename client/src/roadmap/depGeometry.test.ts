import { describe, expect, it } from 'vitest';
import type { BarBox } from '../timeline/bars';
import { type BarPlace, buildField, depAnchors, visibleDeps } from './depGeometry';

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

describe('buildField', () => {
  const box = (x: number, width: number, row: number, extra: Partial<BarBox> = {}): BarBox => ({
    x,
    width,
    row,
    labelOutside: false,
    children: 0,
    collapsed: false,
    ...extra,
  });

  it('makes one line per sub-row, top to bottom, with bars, titles beside them and roll-ups under them', () => {
    const rows = [
      {
        top: 0,
        boxes: new Map([
          ['a', box(0, 100, 0, { children: 1 })],
          ['b', box(40, 60, 1)],
          ['c', box(300, 16, 0, { labelOutside: true })],
        ]),
      },
      { top: 80, boxes: new Map([['d', box(500, 50, 0)]]) },
    ];
    const field = buildField(rows, {
      title: (id, b) => (id === 'c' ? { x0: b.x + b.width + 6, x1: b.x + b.width + 90 } : null),
      rollup: (id) => (id === 'a' ? { x0: 0, x1: 120 } : null),
    });
    expect(field.lines).toEqual([
      {
        y0: 8,
        y1: 32,
        spans: [
          // a parent's bar takes its caret's room too
          { x0: -20, x1: 100 },
          { x0: 300, x1: 316 },
          { x0: 322, x1: 406 },
        ],
        under: [{ x0: 0, x1: 120 }],
      },
      { y0: 40, y1: 64, spans: [{ x0: 40, x1: 100 }], under: [] },
      { y0: 88, y1: 112, spans: [{ x0: 500, x1: 550 }], under: [] },
    ]);
  });
});
