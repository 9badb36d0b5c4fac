import type { ScopeEntry } from '@planroom/shared';
import { describe, expect, it } from 'vitest';
import { isNoMove, scopeDropIndex } from './scopeDrop';

const entry = (id: string, side: 'in' | 'out'): ScopeEntry => ({
  id,
  kickoffId: 'kickoff:k',
  text: id,
  side,
  order: id,
});
const entries = [entry('a', 'in'), entry('b', 'in'), entry('c', 'in'), entry('x', 'out'), entry('y', 'out')];

describe('where a dragged scope entry lands', () => {
  it('goes before the entry it is dropped on, counted among the others of that side', () => {
    expect(scopeDropIndex(entries, 'a', { side: 'in', beforeId: 'c' })).toBe(1);
    expect(scopeDropIndex(entries, 'c', { side: 'in', beforeId: 'a' })).toBe(0);
    expect(scopeDropIndex(entries, 'b', { side: 'out', beforeId: 'y' })).toBe(1);
  });

  it('goes to the end of a side dropped on its end', () => {
    expect(scopeDropIndex(entries, 'a', { side: 'out', beforeId: null })).toBe(2);
    expect(scopeDropIndex(entries, 'a', { side: 'in', beforeId: null })).toBe(2);
  });

  it('goes to the end when the entry it was dropped on is gone meanwhile', () => {
    expect(scopeDropIndex(entries, 'a', { side: 'out', beforeId: 'gone' })).toBe(2);
  });

  it('knows a drop that changes nothing', () => {
    expect(isNoMove(entries, 'a', { side: 'in', beforeId: 'b' })).toBe(true);
    expect(isNoMove(entries, 'c', { side: 'in', beforeId: null })).toBe(true);
    expect(isNoMove(entries, 'a', { side: 'in', beforeId: 'c' })).toBe(false);
    expect(isNoMove(entries, 'a', { side: 'out', beforeId: null })).toBe(false);
  });
});
