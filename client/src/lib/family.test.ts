import { describe, expect, it } from 'vitest';
import { descendantsOf } from './family';

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
