import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readBoard } from './board.js';
import { linkItems, readDependency, unlink, updateDependency } from './dependency.js';
import { collection } from './doc.js';
import { createItem } from './item.js';
import { ValidationError } from './problems.js';
import { putRaw } from './testkit.js';

function twoItems() {
  const doc = new Y.Doc();
  const a = createItem(doc, { title: 'Data platform', start: '2026-01-05' });
  const b = createItem(doc, { title: 'Finance dashboards', start: '2026-02-02' });
  return { doc, a, b };
}

function problemOf(fn: () => unknown) {
  try {
    fn();
  } catch (err) {
    if (err instanceof ValidationError && err.problems[0]) return err.problems[0];
    throw err;
  }
  throw new Error('expected a ValidationError');
}

describe('linkItems', () => {
  it('links two items finish-to-start with no lag by default', () => {
    const { doc, a, b } = twoItems();
    const id = linkItems(doc, { from: a, to: b });
    expect(id).toMatch(/^dep:/);
    expect(readBoard(doc).deps).toEqual([{ id, from: a, to: b, type: 'FS', lagDays: 0 }]);
  });

  it('keeps the given type and lag, negative lag (lead) included', () => {
    const { doc, a, b } = twoItems();
    const id = linkItems(doc, { from: a, to: b, type: 'SS', lagDays: -14 });
    expect(readDependency(id, collection(doc, 'deps').get(id)).record).toMatchObject({ type: 'SS', lagDays: -14 });
  });

  it.each([
    ['an item to itself', (a: string) => ({ from: a, to: a }), 'to', 'must be a different item than from'],
    [
      'to a missing item',
      (a: string) => ({ from: a, to: 'item:ghost' }),
      'to',
      'points at an item that does not exist',
    ],
    ['from a lane id', (a: string) => ({ from: 'lane:x', to: a }), 'from', 'must be an item id'],
    [
      'with a fractional lag',
      (a: string, b: string) => ({ from: a, to: b, lagDays: 1.5 }),
      'lagDays',
      'must be a whole number',
    ],
    [
      'with an unknown type',
      (a: string, b: string) => ({ from: a, to: b, type: 'XX' }),
      'type',
      'must be one of FS, SS, FF, SF',
    ],
  ])('refuses a link %s and writes nothing', (_what, input, field, reason) => {
    const { doc, a, b } = twoItems();
    const before = Y.encodeStateVector(doc);
    expect(problemOf(() => linkItems(doc, input(a, b) as never))).toMatchObject({ collection: 'deps', field, reason });
    expect(Y.encodeStateVector(doc)).toEqual(before);
    expect(collection(doc, 'deps').size).toBe(0);
  });

  it('refuses a second link between the same two items, and the reverse link as a loop', () => {
    const { doc, a, b } = twoItems();
    linkItems(doc, { from: a, to: b });
    expect(problemOf(() => linkItems(doc, { from: a, to: b, type: 'FF' })).reason).toBe(
      'already has a link between these items',
    );
    expect(problemOf(() => linkItems(doc, { from: b, to: a })).reason).toMatch(/would make a loop/);
    expect(collection(doc, 'deps').size).toBe(1);
  });
});

describe('cycle refusal', () => {
  it('refuses a link that would close a loop, saying which way round, and writes nothing', () => {
    const { doc, a, b } = twoItems();
    const c = createItem(doc, { title: 'CRM migration', start: '2026-03-02' });
    linkItems(doc, { from: a, to: b });
    linkItems(doc, { from: b, to: c });
    const before = Y.encodeStateAsUpdate(doc);
    const problem = problemOf(() => linkItems(doc, { from: c, to: a, type: 'SS' }));
    expect(problem.reason).toBe('would make a loop: Data platform already leads to CRM migration');
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
    expect(() => linkItems(doc, { from: a, to: c })).not.toThrow();
  });
});

describe('updateDependency and unlink', () => {
  it('changes type and lag and nothing else', () => {
    const { doc, a, b } = twoItems();
    const id = linkItems(doc, { from: a, to: b });
    updateDependency(doc, id, { type: 'FF', lagDays: 3 });
    expect(readBoard(doc).deps).toEqual([{ id, from: a, to: b, type: 'FF', lagDays: 3 }]);
    expect(() => updateDependency(doc, id, { lagDays: 4000 })).toThrow('must be between -3650 and 3650');
    expect(() => updateDependency(doc, 'dep:ghost', { lagDays: 1 })).toThrow('does not exist');
  });

  it('unlinks, and unlinking twice is harmless', () => {
    const { doc, a, b } = twoItems();
    const id = linkItems(doc, { from: a, to: b });
    unlink(doc, id);
    unlink(doc, id);
    expect(collection(doc, 'deps').size).toBe(0);
    expect(readBoard(doc).problems).toEqual([]);
  });
});

describe('readDependency', () => {
  it('fills type and lag when absent and reports what is wrong otherwise', () => {
    const doc = new Y.Doc();
    putRaw(doc, 'deps', 'dep:ok', { from: 'item:a', to: 'item:b' });
    putRaw(doc, 'deps', 'dep:bad', { from: 'item:a', to: 'item:b', type: 'XY', lagDays: 'soon' });
    const deps = collection(doc, 'deps');
    expect(readDependency('dep:ok', deps.get('dep:ok')).record).toEqual({
      id: 'dep:ok',
      from: 'item:a',
      to: 'item:b',
      type: 'FS',
      lagDays: 0,
    });
    const bad = readDependency('dep:bad', deps.get('dep:bad'));
    expect(bad.record).toBeNull();
    expect(bad.problems.map((p) => p.field)).toEqual(['type', 'lagDays']);
    expect(readDependency('dep:x', 'not a map').problems[0]?.reason).toBe('is not a record');
  });
});
