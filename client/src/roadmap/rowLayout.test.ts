import { describe, expect, it } from 'vitest';
import { dayScale, isoDay } from '../timeline/timeScale';
import { type LayoutNode, layoutRow, sameLayout } from './rowLayout';

const node = (
  id: string,
  start: string,
  end: string,
  opts: { kind?: LayoutNode['kind']; parentId?: string; order?: string } = {},
): LayoutNode => ({
  id,
  start: isoDay(start),
  end: isoDay(end),
  kind: opts.kind ?? 'project',
  order: opts.order ?? 'a0',
  parentId: opts.parentId ?? null,
  title: id,
});

const rows = (layout: ReturnType<typeof layoutRow>) =>
  Object.fromEntries([...layout.boxes].map(([id, box]) => [id, box.row]));

describe('layoutRow', () => {
  const scale = dayScale(isoDay('2026-01-01'), isoDay('2027-01-01'), 10);
  const none = new Set<string>();

  it('places bars by date with inclusive ends', () => {
    const { boxes, rowCount } = layoutRow([node('a', '2026-01-01', '2026-01-14')], scale, none);
    expect(boxes.get('a')).toEqual({ x: 0, width: 140, row: 0, labelOutside: false, children: 0, collapsed: false });
    expect(rowCount).toBe(1);
  });

  it('stacks overlapping bars and centres milestones on their day', () => {
    const layout = layoutRow(
      [
        node('a', '2026-01-01', '2026-01-31'),
        node('b', '2026-01-20', '2026-02-20'),
        node('m', '2026-01-11', '2026-01-11', { kind: 'milestone' }),
      ],
      scale,
      none,
    );
    expect(layout.boxes.get('m')).toMatchObject({ x: 100 + 5 - 8, width: 16, labelOutside: true });
    // Packed by left edge: the milestone (and its label) ends before b starts, so they share a row.
    expect(rows(layout)).toEqual({ a: 0, m: 1, b: 1 });
    expect(layout.rowCount).toBe(2);
  });

  it('keeps room for the label of a narrow bar', () => {
    const layout = layoutRow(
      [node('short', '2026-01-01', '2026-01-02'), node('next', '2026-01-04', '2026-02-20')],
      scale,
      none,
    );
    expect(layout.boxes.get('short')?.labelOutside).toBe(true);
    expect(layout.boxes.get('next')?.row).toBe(1);
  });

  const tree = [
    node('program', '2026-01-05', '2026-06-30'),
    node('p1', '2026-01-05', '2026-03-31', { parentId: 'program' }),
    node('m1', '2026-03-20', '2026-03-20', { kind: 'milestone', parentId: 'p1' }),
    node('p2', '2026-04-06', '2026-06-30', { parentId: 'program' }),
    node('loose', '2026-08-01', '2026-08-20'),
  ];

  it('puts children under their parent and packs unrelated bars beside them', () => {
    const layout = layoutRow(tree, scale, none);
    expect(rows(layout)).toEqual({ program: 0, p1: 1, m1: 2, p2: 1, loose: 0 });
    expect(layout.boxes.get('program')).toMatchObject({ children: 2, collapsed: false });
    expect(layout.boxes.get('p1')).toMatchObject({ children: 1 });
    expect(layout.rowCount).toBe(3);
  });

  it('shows only the parent of a collapsed block and lists what it hides', () => {
    const layout = layoutRow(tree, scale, new Set(['program']));
    expect([...layout.boxes.keys()].sort()).toEqual(['loose', 'program']);
    expect(layout.boxes.get('program')).toMatchObject({ row: 0, collapsed: true, children: 2 });
    expect(Object.fromEntries(layout.hidden)).toEqual({ p1: 'program', m1: 'program', p2: 'program' });
    expect(layout.rowCount).toBe(1);
  });

  it('treats an item whose parent is in another row as a root', () => {
    const layout = layoutRow([node('child', '2026-02-01', '2026-02-20', { parentId: 'elsewhere' })], scale, none);
    expect(layout.boxes.get('child')).toMatchObject({ row: 0, children: 0 });
  });

  it('survives a parent loop', () => {
    const layout = layoutRow(
      [
        node('a', '2026-02-01', '2026-02-20', { parentId: 'b' }),
        node('b', '2026-02-01', '2026-02-20', { parentId: 'a' }),
      ],
      scale,
      none,
    );
    expect(layout.boxes.size).toBe(2);
  });

  it('compares layouts by what they draw', () => {
    expect(sameLayout(layoutRow(tree, scale, none), layoutRow(tree, scale, none))).toBe(true);
    expect(sameLayout(layoutRow(tree, scale, none), layoutRow(tree, scale, new Set(['p1'])))).toBe(false);
  });

  describe('after one bar moves', () => {
    const lane = [
      node('a', '2026-01-01', '2026-01-31'),
      node('b', '2026-01-10', '2026-02-20'),
      node('c', '2026-02-10', '2026-03-31'),
      node('p', '2026-04-10', '2026-06-30', { kind: 'program' }),
      node('p1', '2026-04-10', '2026-05-10', { parentId: 'p' }),
      node('p2', '2026-05-01', '2026-06-10', { parentId: 'p' }),
    ];
    const moved = lane.map((n) => (n.id === 'a' ? node('a', '2026-07-10', '2026-07-31') : n));
    const first = layoutRow(lane, scale, none);

    it('keeps every other bar in its sub-row', () => {
      // packed afresh, b and c would swap rows once a is gone from the top
      expect(rows(first)).toMatchObject({ a: 0, b: 1, c: 0 });
      expect(rows(layoutRow(moved, scale, none))).toMatchObject({ b: 0, c: 1 });
      const after = rows(layoutRow(moved, scale, none, first));
      expect(after).toEqual({ ...rows(first), a: 0 });
    });

    it('keeps rows when the board range grows (same zoom, new first day)', () => {
      const wider = dayScale(isoDay('2025-10-01'), isoDay('2027-01-01'), 10);
      expect(rows(layoutRow(moved, wider, none, first))).toEqual({ ...rows(first), a: 0 });
    });

    it('keeps children in their rows under a parent when one of them moves', () => {
      const child = lane.map((n) => (n.id === 'p1' ? node('p1', '2026-06-15', '2026-06-28', { parentId: 'p' }) : n));
      expect(rows(layoutRow(child, scale, none))).toMatchObject({ p1: 1, p2: 1 });
      expect(rows(layoutRow(child, scale, none, first))).toMatchObject({ p1: 1, p2: 2 });
    });

    it('packs afresh at a new zoom', () => {
      const zoomed = dayScale(isoDay('2026-01-01'), isoDay('2027-01-01'), 3);
      expect(rows(layoutRow(moved, zoomed, none, first))).toEqual(rows(layoutRow(moved, zoomed, none)));
    });
  });
});
