import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readBoard } from './board.js';
import { collection } from './doc.js';
import { createItem } from './item.js';
import { createLane, deleteLane, type Lane, readLane, renameLane, reorderLane } from './lane.js';
import { ValidationError } from './problems.js';
import { putRaw } from './testkit.js';

function titles(doc: Y.Doc): string[] {
  return readBoard(doc).lanes.map((l) => l.title);
}

function lane(doc: Y.Doc, id: string): Lane {
  const { record } = readLane(id, collection(doc, 'lanes').get(id));
  if (!record) throw new Error(`lane ${id} unreadable`);
  return record;
}

function laneOf(doc: Y.Doc, itemId: string): unknown {
  return collection(doc, 'items').get(itemId)?.get('laneId');
}

function threeLanes() {
  const doc = new Y.Doc();
  const [a, b, c] = ['A', 'B', 'C'].map((title) => createLane(doc, { title })) as [string, string, string];
  return { doc, a, b, c };
}

describe('createLane', () => {
  it('appends lanes in creation order with defaults', () => {
    const { doc, a } = threeLanes();
    expect(titles(doc)).toEqual(['A', 'B', 'C']);
    expect(a).toMatch(/^lane:/);
    expect(lane(doc, a).groupBy).toBeNull();
  });

  it.each([
    [0, ['X', 'A', 'B', 'C']],
    [1, ['A', 'X', 'B', 'C']],
    [3, ['A', 'B', 'C', 'X']],
    [-5, ['X', 'A', 'B', 'C']],
    [99, ['A', 'B', 'C', 'X']],
  ])('inserts at index %i', (index, expected) => {
    const { doc } = threeLanes();
    createLane(doc, { title: 'X', index });
    expect(titles(doc)).toEqual(expected);
  });

  it('refuses an empty or overlong title and writes nothing', () => {
    const doc = new Y.Doc();
    expect(() => createLane(doc, { title: '' })).toThrow(ValidationError);
    expect(() => createLane(doc, { title: 'x'.repeat(121) })).toThrow('must be at most 120 characters');
    expect(collection(doc, 'lanes').size).toBe(0);
  });

  it('places a new lane around lanes with missing or malformed order keys without throwing', () => {
    const doc = new Y.Doc();
    putRaw(doc, 'lanes', 'lane:noorder', { title: 'No order' });
    putRaw(doc, 'lanes', 'lane:badorder', { title: 'Bad order', order: '!!' });
    const id = createLane(doc, { title: 'New', index: 0 });
    const after = createLane(doc, { title: 'Last' });
    expect(titles(doc)).toEqual(['New', 'No order', 'Last']);
    expect(lane(doc, id).order < 'a0').toBe(true);
    expect(lane(doc, after).order > 'a0').toBe(true);
  });
});

describe('renameLane and reorderLane', () => {
  it('renames only the title', () => {
    const { doc, b } = threeLanes();
    const order = lane(doc, b).order;
    renameLane(doc, b, 'Beta');
    expect(lane(doc, b)).toMatchObject({ title: 'Beta', order });
    expect(() => renameLane(doc, b, ' ')).toThrow('must not be empty');
    expect(() => renameLane(doc, 'lane:ghost', 'x')).toThrow('does not exist');
  });

  it.each([
    ['C', 0, ['C', 'A', 'B']],
    ['A', 2, ['B', 'C', 'A']],
    ['A', 1, ['B', 'A', 'C']],
    ['B', 1, ['A', 'B', 'C']],
    ['C', 1, ['A', 'C', 'B']],
  ] as const)('moves %s to index %i among the others', (which, index, expected) => {
    const lanes = threeLanes();
    const id = { A: lanes.a, B: lanes.b, C: lanes.c }[which];
    reorderLane(lanes.doc, id, index);
    expect(titles(lanes.doc)).toEqual(expected);
  });

  it('keeps finding room between neighbours after many moves to the same spot', () => {
    const { doc, a, b } = threeLanes();
    for (let i = 0; i < 50; i++) reorderLane(doc, i % 2 ? a : b, 1);
    expect(titles(doc)).toHaveLength(3);
    expect(new Set(readBoard(doc).lanes.map((l) => l.order)).size).toBe(3);
  });
});

describe('deleteLane', () => {
  it('hands its items to the lane above', () => {
    const { doc, a, b, c } = threeLanes();
    const item = createItem(doc, { title: 'x', start: '2026-01-05', laneId: b });
    const stay = createItem(doc, { title: 'y', start: '2026-01-05', laneId: c });
    deleteLane(doc, b);
    expect(titles(doc)).toEqual(['A', 'C']);
    expect(laneOf(doc, item)).toBe(a);
    expect(laneOf(doc, stay)).toBe(c);
  });

  it('hands the first lane’s items to the lane below', () => {
    const { doc, a, b } = threeLanes();
    const item = createItem(doc, { title: 'x', start: '2026-01-05', laneId: a });
    deleteLane(doc, a);
    expect(laneOf(doc, item)).toBe(b);
    expect(readBoard(doc).problems).toEqual([]);
  });

  it('refuses to delete the last lane while it holds items, and writes nothing', () => {
    const doc = new Y.Doc();
    const only = createLane(doc, { title: 'Only' });
    const item = createItem(doc, { title: 'x', start: '2026-01-05', laneId: only });
    const before = Y.encodeStateVector(doc);
    expect(() => deleteLane(doc, only)).toThrow('is the last lane and still holds items');
    expect(Y.encodeStateVector(doc)).toEqual(before);
    expect(laneOf(doc, item)).toBe(only);
  });

  it('deletes the last lane once it is empty, and ignores unknown lanes', () => {
    const doc = new Y.Doc();
    const only = createLane(doc, { title: 'Only' });
    const before = Y.encodeStateVector(doc);
    deleteLane(doc, 'lane:ghost');
    expect(Y.encodeStateVector(doc)).toEqual(before);
    deleteLane(doc, only);
    expect(collection(doc, 'lanes').size).toBe(0);
  });

  it('can delete a lane whose order key is malformed, moving its items to the first lane', () => {
    const { doc, a } = threeLanes();
    putRaw(doc, 'lanes', 'lane:bad', { title: 'Bad', order: '??' });
    putRaw(doc, 'items', 'item:held', { title: 'x', start: '2026-01-05', end: '2026-01-05', laneId: 'lane:bad' });
    deleteLane(doc, 'lane:bad');
    expect(collection(doc, 'lanes').has('lane:bad')).toBe(false);
    expect(laneOf(doc, 'item:held')).toBe(a);
  });
});
