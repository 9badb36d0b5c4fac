import { describe, expect, it } from 'vitest';
import {
  cellSentence,
  type GridPos,
  keyAction,
  type Move,
  moveCursor,
  nextValue,
  raciSummary,
  resolveCursor,
  START_CURSOR,
  saveCursor,
} from './raciGrid';

const key = (k: string, mods: Partial<{ ctrl: boolean; meta: boolean; alt: boolean; shift: boolean }> = {}) => ({
  key: k,
  ctrlKey: mods.ctrl ?? false,
  metaKey: mods.meta ?? false,
  altKey: mods.alt ?? false,
  shiftKey: mods.shift ?? false,
});

describe('keys in the RACI grid', () => {
  it.each([
    ['r', { kind: 'set', value: 'R' }],
    ['A', { kind: 'set', value: 'A' }],
    ['c', { kind: 'set', value: 'C' }],
    ['I', { kind: 'set', value: 'I' }],
    ['Delete', { kind: 'set', value: null }],
    ['Backspace', { kind: 'set', value: null }],
    [' ', { kind: 'cycle' }],
    ['Enter', { kind: 'rename' }],
    ['F2', { kind: 'rename' }],
    ['ArrowUp', { kind: 'move', move: 'up' }],
    ['ArrowRight', { kind: 'move', move: 'right' }],
    ['Home', { kind: 'move', move: 'rowStart' }],
    ['End', { kind: 'move', move: 'rowEnd' }],
    ['PageDown', { kind: 'move', move: 'pageDown' }],
  ])('%j does %j', (k, action) => {
    expect(keyAction(key(k))).toEqual(action);
  });

  it('typed with Shift, letters still set (caps)', () => {
    expect(keyAction(key('R', { shift: true }))).toEqual({ kind: 'set', value: 'R' });
  });

  it('Ctrl or Cmd with Home and End go to the corners', () => {
    expect(keyAction(key('Home', { ctrl: true }))).toEqual({ kind: 'move', move: 'first' });
    expect(keyAction(key('End', { meta: true }))).toEqual({ kind: 'move', move: 'last' });
  });

  it.each([
    ['z', { ctrl: true }],
    ['a', { meta: true }],
    ['r', { alt: true }],
    ['ArrowDown', { shift: true }],
    ['Tab', {}],
    ['Escape', {}],
    ['x', {}],
    ['?', {}],
  ])('leaves %j with %j to others', (k, mods) => {
    expect(keyAction(key(k, mods))).toBeNull();
  });
});

describe('moving the cursor', () => {
  // 3 rows, 4 people: grid columns 0 (title) .. 5 (rules)
  const size = { rows: 3, columns: 4 };
  it.each<[GridPos, Move, GridPos]>([
    [{ row: 1, col: 2 }, 'up', { row: 0, col: 2 }],
    [{ row: 0, col: 2 }, 'up', { row: 0, col: 2 }],
    [{ row: 2, col: 2 }, 'down', { row: 2, col: 2 }],
    [{ row: 1, col: 0 }, 'left', { row: 1, col: 0 }],
    [{ row: 1, col: 4 }, 'right', { row: 1, col: 5 }],
    [{ row: 1, col: 5 }, 'right', { row: 1, col: 5 }],
    [{ row: 1, col: 3 }, 'rowStart', { row: 1, col: 0 }],
    [{ row: 1, col: 3 }, 'rowEnd', { row: 1, col: 5 }],
    [{ row: 1, col: 3 }, 'first', { row: 0, col: 0 }],
    [{ row: 1, col: 3 }, 'last', { row: 2, col: 5 }],
    [{ row: 1, col: 3 }, 'pageDown', { row: 2, col: 3 }],
    [{ row: 1, col: 3 }, 'pageUp', { row: 0, col: 3 }],
  ])('from %j, %s lands on %j', (from, move, to) => {
    expect(moveCursor(from, move, size)).toEqual(to);
  });

  it('stays in place in an empty grid', () => {
    expect(moveCursor({ row: 0, col: 0 }, 'down', { rows: 0, columns: 0 })).toEqual({ row: 0, col: 0 });
  });
});

describe('the click cycle', () => {
  it('goes empty, R, A, C, I and back to empty', () => {
    const seen = [];
    let v = nextValue(null);
    while (v !== null) {
      seen.push(v);
      v = nextValue(v);
    }
    expect(seen).toEqual(['R', 'A', 'C', 'I']);
  });
});

describe('the remembered cursor', () => {
  const rows = ['dlv:a', 'dlv:b', 'act:c'];
  const cols = ['person:anna', 'Finance'];

  it('starts on the first person of the first row, or the title when there is nobody', () => {
    expect(resolveCursor(START_CURSOR, rows, cols)).toEqual({ row: 0, col: 1 });
    expect(resolveCursor(START_CURSOR, rows, [])).toEqual({ row: 0, col: 0 });
  });

  it('follows its row and column when others are added before them', () => {
    const saved = saveCursor({ row: 1, col: 2 }, rows, cols);
    expect(resolveCursor(saved, ['dlv:new', ...rows], ['Legal', ...cols])).toEqual({ row: 2, col: 3 });
  });

  it('stays at the same place when its row or column is deleted', () => {
    const saved = saveCursor({ row: 2, col: 2 }, rows, cols);
    expect(resolveCursor(saved, ['dlv:a', 'dlv:b'], ['person:anna'])).toEqual({ row: 1, col: 1 });
  });

  it('keeps the title and rules columns whatever the number of people', () => {
    const title = saveCursor({ row: 0, col: 0 }, rows, cols);
    const rules = saveCursor({ row: 0, col: 3 }, rows, cols);
    expect(resolveCursor(title, rows, ['x', ...cols])).toEqual({ row: 0, col: 0 });
    expect(resolveCursor(rules, rows, ['x', ...cols])).toEqual({ row: 0, col: 4 });
    expect(resolveCursor(rules, rows, [])).toEqual({ row: 0, col: 1 });
  });
});

describe('words', () => {
  const row = (issues: number) => ({ issues: Array.from({ length: issues }, () => ({})) });
  it.each([
    [[row(0), row(0)], 'Every row has one Accountable and a Responsible'],
    [[row(2), row(0)], '1 row breaks a rule'],
    [[row(1), row(3), row(0)], '2 rows break a rule'],
  ])('summary of %j', (rows, text) => {
    expect(raciSummary(rows)).toBe(text);
  });

  it('says what a cell means', () => {
    expect(cellSentence('Anna Berg', 'A', 'Portal')).toBe('Anna Berg is Accountable for “Portal”');
    expect(cellSentence('Finance', null, 'Portal')).toBe('Finance has no role in “Portal”');
  });
});
