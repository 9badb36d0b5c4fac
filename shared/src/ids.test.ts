import { describe, expect, it } from 'vitest';
import { aKind, ID_PREFIXES, type IdKind, isBoardId, isIdOf, newBoardId, newId } from './ids.js';

describe('entity ids', () => {
  it.each(Object.keys(ID_PREFIXES) as IdKind[])('newId(%s) is prefixed, valid and unique', (kind) => {
    const ids = Array.from({ length: 200 }, () => newId(kind));
    expect(new Set(ids).size).toBe(200);
    for (const id of ids) {
      expect(id.startsWith(`${ID_PREFIXES[kind]}:`)).toBe(true);
      expect(isIdOf(kind, id)).toBe(true);
    }
  });

  it.each([
    ['item', 'item:abc_DEF-123', true],
    ['item', 'lane:abc', false],
    ['item', 'item:', false],
    ['item', 'item:has space', false],
    ['item', 'item:a:b', false],
    ['item', `item:${'x'.repeat(65)}`, false],
    ['assignment', 'asg:1', true],
    ['assignment', 'assignment:1', false],
    ['dep', 42, false],
  ] as const)('isIdOf(%s, %j) is %s', (kind, value, expected) => {
    expect(isIdOf(kind, value)).toBe(expected);
  });
});

describe('board ids', () => {
  it('are url-safe, colon-free and unique', () => {
    const ids = Array.from({ length: 200 }, newBoardId);
    expect(new Set(ids).size).toBe(200);
    expect(ids.every((id) => isBoardId(id) && /^[A-Za-z0-9]{20}$/.test(id))).toBe(true);
    expect(['short', 'board:abc123', 'has/slash', '', null].some(isBoardId)).toBe(false);
  });
});

describe('aKind', () => {
  it('picks the article a reader expects', () => {
    expect(['item', 'assignment', 'lane', 'person', 'team'].map(aKind)).toEqual([
      'an item',
      'an assignment',
      'a lane',
      'a person',
      'a team',
    ]);
  });
});
