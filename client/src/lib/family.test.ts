import type { Item } from '@planroom/shared';
import { describe, expect, it } from 'vitest';
import { descendantsOf, parentOptions } from './family';

const items = new Map<string, { parentId: string | null }>([
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
    expect(descendantsOf(items, ['program']).sort()).toEqual(['m1', 'p1', 'p2']);
    expect(descendantsOf(items, ['p1'])).toEqual(['m1']);
    expect(descendantsOf(items, ['loose'])).toEqual([]);
  });

  it('leaves out what was asked for, and survives a loop', () => {
    expect(descendantsOf(items, ['program', 'p1']).sort()).toEqual(['m1', 'p2']);
    expect(descendantsOf(items, ['x'])).toEqual(['y']);
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
