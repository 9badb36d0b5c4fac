import { describe, expect, it } from 'vitest';
import { descendantsOf, type Node, parentOptions, rollUps } from './hierarchy.js';
import type { Item } from './item.js';

const node = (
  id: string,
  parentId: string | null,
  start: string,
  end: string,
  progress = 0,
  kind = 'project',
): Node => ({
  id,
  kind,
  parentId,
  start,
  end,
  progress,
});

describe('roll-up of spans and progress', () => {
  it('spans the children and weights progress by duration', () => {
    const r = rollUps([
      node('prog', null, '2026-01-01', '2026-01-01'),
      node('a', 'prog', '2026-01-01', '2026-01-10', 100), // 10 days done
      node('b', 'prog', '2026-01-11', '2026-02-09', 0), // 30 days not started
      node('m', 'prog', '2026-03-01', '2026-03-01', 0, 'milestone'),
    ]);
    expect(r.get('prog')).toEqual({ start: '2026-01-01', end: '2026-03-01', progress: 25, count: 3 });
  });

  it('rolls up through several levels', () => {
    const r = rollUps([
      node('portfolio', null, '2026-01-01', '2026-01-01'),
      node('program', 'portfolio', '2026-01-01', '2026-01-01'),
      node('p1', 'program', '2026-02-01', '2026-02-10', 50),
      node('t1', 'p1', '2026-01-15', '2026-01-24', 100),
      node('t2', 'p1', '2026-01-25', '2026-02-03', 0),
    ]);
    expect(r.get('p1')).toMatchObject({ start: '2026-01-15', end: '2026-02-03', progress: 50 });
    expect(r.get('portfolio')).toMatchObject({ start: '2026-01-15', end: '2026-02-03', progress: 50, count: 4 });
    expect(r.has('t1')).toBe(false);
  });

  it('counts a project whose children are only milestones with its own dates and progress', () => {
    const r = rollUps([
      node('program', null, '2026-01-01', '2026-01-01'),
      node('platform', 'program', '2026-01-05', '2026-04-30', 40),
      node('ready', 'platform', '2026-04-20', '2026-04-20', 0, 'milestone'),
      node('dashboards', 'program', '2026-05-04', '2026-07-10', 0),
    ]);
    expect(r.get('platform')).toEqual({ start: '2026-04-20', end: '2026-04-20', progress: 0, count: 1 });
    expect(r.get('program')).toMatchObject({ start: '2026-01-05', end: '2026-07-10', count: 3 });
    // 116 days at 40 %, 68 days at 0 %
    expect(r.get('program')?.progress).toBeCloseTo(25.2, 1);
  });

  it('averages when every child is a milestone, and survives a loop of parents', () => {
    const r = rollUps([
      node('p', null, '2026-01-01', '2026-01-01'),
      node('m1', 'p', '2026-05-01', '2026-05-01', 100, 'milestone'),
      node('m2', 'p', '2026-06-01', '2026-06-01', 0, 'milestone'),
    ]);
    expect(r.get('p')?.progress).toBe(50);
    const loop = rollUps([node('x', 'y', '2026-01-01', '2026-01-02'), node('y', 'x', '2026-01-03', '2026-01-04')]);
    expect(loop.size).toBeGreaterThan(0);
  });
});

const family = new Map<string, { parentId: string | null }>([
  ['program', { parentId: null }],
  ['p1', { parentId: 'program' }],
  ['m1', { parentId: 'p1' }],
  ['p2', { parentId: 'program' }],
  ['loose', { parentId: null }],
  ['x', { parentId: 'y' }],
  ['y', { parentId: 'x' }],
]);

describe('descendantsOf', () => {
  it('finds children and their children', () => {
    expect(descendantsOf(family, ['program']).sort()).toEqual(['m1', 'p1', 'p2']);
    expect(descendantsOf(family, ['p1'])).toEqual(['m1']);
    expect(descendantsOf(family, ['loose'])).toEqual([]);
  });

  it('leaves out what was asked for, and survives a loop', () => {
    expect(descendantsOf(family, ['program', 'p1']).sort()).toEqual(['m1', 'p2']);
    expect(descendantsOf(family, ['x'])).toEqual(['y']);
  });
});

describe('parentOptions', () => {
  const item = (id: string, kind: Item['kind'], parentId: string | null = null) =>
    ({ id, kind, parentId, title: id.toUpperCase() }) as Item;
  const board = new Map(
    [
      item('portfolio', 'portfolio'),
      item('program', 'program', 'portfolio'),
      item('other', 'program'),
      item('project', 'project', 'program'),
      item('task', 'task', 'project'),
      item('ms', 'milestone', 'project'),
    ].map((i) => [i.id, i]),
  );
  const ids = (id: string) => parentOptions(board, board.get(id) as Item).map((o) => o.id);

  it('offers what is higher in the hierarchy, portfolios first', () => {
    expect(ids('task')).toEqual(['portfolio', 'other', 'program', 'project']);
    expect(ids('ms')).toEqual(['portfolio', 'other', 'program', 'project']);
    expect(ids('project')).toEqual(['portfolio', 'other', 'program']);
    expect(ids('portfolio')).toEqual([]);
  });

  it('never offers the item itself or something inside it', () => {
    expect(ids('program')).toEqual(['portfolio']);
  });
});
