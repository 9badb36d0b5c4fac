import { describe, expect, it } from 'vitest';
import type { Dependency } from './dependency.js';
import type { Item } from './item.js';
import { boardCriticalPath, knockOnShifts, violations } from './knockOn.js';

function item(id: string, start: string, end: string, extra: Partial<Item> = {}): Item {
  return {
    id,
    kind: 'project',
    title: id,
    parentId: null,
    laneId: null,
    start,
    end,
    status: 'on-track',
    progress: 0,
    ownerId: null,
    goalIds: [],
    tags: [],
    order: 'a0',
    notes: '',
    ...extra,
  };
}
const dep = (id: string, from: string, to: string, type: Dependency['type'] = 'FS', lagDays = 0): Dependency => ({
  id,
  from,
  to,
  type,
  lagDays,
});
const board = (...items: Item[]) => new Map(items.map((i) => [i.id, i]));

describe('knock-on moves', () => {
  // A ends on the 10th; B starts right after (tight); C starts ten days after B ends.
  const items = board(
    item('A', '2026-03-01', '2026-03-10'),
    item('B', '2026-03-11', '2026-03-20'),
    item('C', '2026-03-31', '2026-04-09'),
    item('D', '2026-03-21', '2026-03-25'),
  );
  const deps = [dep('ab', 'A', 'B'), dep('bc', 'B', 'C'), dep('bd', 'B', 'D')];

  it.each([
    ['pushes tight successors along and stops where there is slack', 5, { B: 5, D: 5 }],
    ['pushes into the slack only as far as needed', 15, { B: 15, D: 15, C: 5 }],
    ['pulls tight successors back with an earlier move', -3, { B: -3, D: -3 }],
  ])('%s (%i days)', (_, days, expected) => {
    expect(Object.fromEntries(knockOnShifts(items, deps, ['A'], days))).toEqual(expected);
  });

  it('never pulls a successor back past another of its links', () => {
    const more = new Map(items).set('X', item('X', '2026-03-01', '2026-03-10'));
    const shifts = knockOnShifts(more, [...deps, dep('xb', 'X', 'B')], ['A'], -3);
    expect(shifts.size).toBe(0);
  });

  it('moves nothing for a successor with room to spare, and leaves moved items out', () => {
    const loose = board(item('A', '2026-03-01', '2026-03-10'), item('B', '2026-03-20', '2026-03-25'));
    expect(knockOnShifts(loose, [dep('ab', 'A', 'B')], ['A'], 4).size).toBe(0);
    expect(knockOnShifts(loose, [dep('ab', 'A', 'B')], ['A', 'B'], 30).size).toBe(0);
  });

  it('follows start-to-start links with lag and stops on a loop', () => {
    const ss = board(item('A', '2026-03-01', '2026-03-10'), item('B', '2026-03-03', '2026-03-05'));
    expect(Object.fromEntries(knockOnShifts(ss, [dep('ab', 'A', 'B', 'SS', 2)], ['A'], 7))).toEqual({ B: 7 });
    const loop = [dep('ab', 'A', 'B'), dep('ba', 'B', 'A')];
    expect(() =>
      knockOnShifts(
        board(item('A', '2026-03-01', '2026-03-10'), item('B', '2026-03-11', '2026-03-12')),
        loop,
        ['A'],
        3,
      ),
    ).not.toThrow();
  });
});

describe('violations', () => {
  it('lists broken links with the reason in words', () => {
    const items = board(
      item('Data platform', '2026-03-01', '2026-03-10'),
      item('Dashboards', '2026-03-07', '2026-03-20'),
    );
    const v = violations(items, [
      dep('d1', 'Data platform', 'Dashboards'),
      dep('d2', 'Dashboards', 'Data platform', 'SS', -30),
    ]);
    expect([...v.keys()]).toEqual(['d1']);
    expect(v.get('d1')?.message).toBe('starts 4 days before Data platform ends');
  });
});

describe('critical path of the board', () => {
  it('finds the chain that sets the end date and the slack of the rest, ignoring containers', () => {
    const items = board(
      item('program', '2026-01-01', '2026-12-31', { kind: 'program' }),
      item('A', '2026-03-01', '2026-03-10', { parentId: 'program' }),
      item('B', '2026-03-11', '2026-03-31', { parentId: 'program' }),
      item('C', '2026-03-11', '2026-03-20', { parentId: 'program' }),
      item('M', '2026-04-01', '2026-04-01', { kind: 'milestone', parentId: 'program' }),
    );
    const deps = [dep('ab', 'A', 'B'), dep('ac', 'A', 'C'), dep('bm', 'B', 'M'), dep('cm', 'C', 'M')];
    const cp = boardCriticalPath(items, deps);
    expect([...cp.critical].sort()).toEqual(['A', 'B', 'M']);
    expect(cp.slack.get('C')).toBe(11);
    expect(cp.slack.has('program')).toBe(false);
    const withGoLive = new Map(items).set('P', item('P', '2026-01-05', '2026-04-30', { parentId: 'program' }));
    withGoLive.set('G', item('G', '2026-04-30', '2026-04-30', { kind: 'milestone', parentId: 'P' }));
    const cpP = boardCriticalPath(withGoLive, deps);
    expect(cpP.critical.has('P')).toBe(true);
    expect(cpP.slack.has('program')).toBe(false);
    const scoped = boardCriticalPath(items, deps, new Set(['A', 'C']));
    expect([...scoped.critical].sort()).toEqual(['A', 'C']);
  });
});
