import { describe, expect, it } from 'vitest';
import { Session } from './session';

const ids = (s: Session) => [...s.selected.get()];

describe('Session selection', () => {
  it('selects one item and opens its panel', () => {
    const s = new Session();
    s.select('a');
    expect(ids(s)).toEqual(['a']);
    expect(s.selection.get()).toBe('a');
    expect(s.panelOpen.get()).toBe(true);
  });

  it('adds and removes with shift-click, keeping a primary', () => {
    const s = new Session();
    s.select('a', false);
    s.toggle('b');
    expect(ids(s)).toEqual(['a', 'b']);
    expect(s.selection.get()).toBe('b');
    s.toggle('b');
    expect(ids(s)).toEqual(['a']);
    expect(s.selection.get()).toBe('a');
    s.toggle('a');
    expect(ids(s)).toEqual([]);
    expect(s.selection.get()).toBeNull();
  });

  it('selects many at once, replacing or adding', () => {
    const s = new Session();
    s.select('a');
    s.selectMany(['b', 'c']);
    expect(ids(s)).toEqual(['b', 'c']);
    s.selectMany(['a'], true);
    expect(ids(s)).toEqual(['b', 'c', 'a']);
  });

  it('selecting a dependency clears the items, and the other way round', () => {
    const s = new Session();
    s.select('a');
    s.selectDep('dep:1');
    expect(ids(s)).toEqual([]);
    expect(s.panelOpen.get()).toBe(true);
    s.select('b');
    expect(s.selectedDep.get()).toBeNull();
  });

  it('forgets deleted items', () => {
    const s = new Session();
    s.selectMany(['a', 'b']);
    s.forget(['b']);
    expect(ids(s)).toEqual(['a']);
    expect(s.selection.get()).toBe('a');
  });
});
