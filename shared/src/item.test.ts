import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { assignPerson } from './assignment.js';
import { readBoard } from './board.js';
import { linkItems } from './dependency.js';
import { collection } from './doc.js';
import {
  createItem,
  deleteItem,
  deleteItems,
  type Item,
  moveItem,
  moveItems,
  moveItemsBy,
  readItem,
  resizeItem,
  updateItem,
} from './item.js';
import { createLane } from './lane.js';
import { compareOrder } from './order.js';
import { createPerson } from './person.js';
import { ValidationError } from './problems.js';
import { putRaw } from './testkit.js';

function item(doc: Y.Doc, id: string): Item {
  const { record, problems } = readItem(id, collection(doc, 'items').get(id));
  if (!record) throw new Error(`item ${id} unreadable: ${JSON.stringify(problems)}`);
  return record;
}

function refusal(fn: () => void): { field: string; reason: string } {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ValidationError);
    const p = (err as ValidationError).problems[0];
    return { field: p?.field ?? '', reason: p?.reason ?? '' };
  }
  throw new Error('expected the write to be refused');
}

describe('createItem', () => {
  it('fills defaults: a two-week project, not started, no lane', () => {
    const doc = new Y.Doc();
    const id = createItem(doc, { title: 'CRM', start: '2026-03-02' });
    expect(id).toMatch(/^item:/);
    expect(item(doc, id)).toMatchObject({
      kind: 'project',
      title: 'CRM',
      start: '2026-03-02',
      end: '2026-03-15',
      status: 'not-started',
      progress: 0,
      parentId: null,
      laneId: null,
      ownerId: null,
      goalIds: [],
      notes: '',
    });
  });

  it('makes a milestone one day long and keeps notes as Y.Text', () => {
    const doc = new Y.Doc();
    const id = createItem(doc, { title: 'Go-live', kind: 'milestone', start: '2026-06-30', notes: 'Big day' });
    expect(item(doc, id)).toMatchObject({ start: '2026-06-30', end: '2026-06-30' });
    expect(collection(doc, 'items').get(id)?.get('notes')).toBeInstanceOf(Y.Text);
    expect(item(doc, id).notes).toBe('Big day');
  });

  it('places each new item after the last one in its lane', () => {
    const doc = new Y.Doc();
    const lane = createLane(doc, { title: 'Apps' });
    const ids = ['a', 'b', 'c'].map((title) => createItem(doc, { title, start: '2026-01-05', laneId: lane }));
    const sorted = ids.map((id) => item(doc, id)).sort(compareOrder);
    expect(sorted.map((i) => i.title)).toEqual(['a', 'b', 'c']);
  });

  it('still appends in a lane whose items have no order field (the reader defaults it)', () => {
    const doc = new Y.Doc();
    const lane = createLane(doc, { title: 'Imported' });
    putRaw(doc, 'items', 'item:old', { title: 'Old', start: '2026-01-05', end: '2026-01-09', laneId: lane });
    const id = createItem(doc, { title: 'New', start: '2026-01-05', laneId: lane });
    expect(compareOrder(item(doc, 'item:old'), item(doc, id))).toBe(-1);
  });

  it.each([
    [{ title: '  ', start: '2026-01-01' }, 'title', 'must not be empty'],
    [{ title: 'x', start: '2026-02-30' }, 'start', 'must be a date like 2026-03-31'],
    [{ title: 'x', start: 'soon' }, 'start', 'must be a date like 2026-03-31'],
    [{ title: 'x', start: 20260105 }, 'start', 'must be a date like 2026-03-31'],
    [{ title: 'x', start: '2026-01-10', end: '2026-01-09' }, 'end', 'is before start 2026-01-10'],
    [
      { title: 'x', kind: 'milestone', start: '2026-01-10', end: '2026-01-11' },
      'end',
      'must equal start for a milestone',
    ],
    [{ title: 'x', start: '2026-01-10', progress: 101 }, 'progress', 'must be between 0 and 100'],
    [{ title: 'x', start: '2026-01-10', laneId: 'lane:nope' }, 'laneId', 'points at a lane that does not exist'],
    [{ title: 'x', start: '2026-01-10', ownerId: 'person:nope' }, 'ownerId', 'points at a person who does not exist'],
    [{ title: 'x', start: '2026-01-10', parentId: 'item:nope' }, 'parentId', 'points at an item that does not exist'],
    [{ title: 'x', start: '2026-01-10', laneId: 'item:wrong-kind' }, 'laneId', 'must be a lane id'],
  ] as const)('refuses %j (%s %s) and writes nothing', (input, field, reason) => {
    const doc = new Y.Doc();
    const before = Y.encodeStateVector(doc);
    expect(refusal(() => createItem(doc, input as never))).toEqual({ field, reason });
    expect(Y.encodeStateVector(doc)).toEqual(before);
    expect(collection(doc, 'items').size).toBe(0);
  });
});

describe('updateItem', () => {
  it('writes only the fields that changed', () => {
    const doc = new Y.Doc();
    const owner = createPerson(doc, { name: 'Astrid' });
    const id = createItem(doc, { title: 'Data platform', start: '2026-01-05' });
    updateItem(doc, id, { title: 'Data platform v2', status: 'at-risk', ownerId: owner });
    expect(item(doc, id)).toMatchObject({ title: 'Data platform v2', status: 'at-risk', ownerId: owner });
    const notes = collection(doc, 'items').get(id)?.get('notes');
    updateItem(doc, id, { notes: 'Edited' });
    expect(collection(doc, 'items').get(id)?.get('notes')).toBe(notes); // same Y.Text, edited in place
    expect(item(doc, id).notes).toBe('Edited');
  });

  it('edits notes in place so they read back exactly, on this replica and another', () => {
    const doc = new Y.Doc();
    const id = createItem(doc, { title: 'Notes', start: '2026-01-05' });
    const other = new Y.Doc();
    const texts = [
      'Scope',
      'Scope: CRM',
      'Risk: CRM',
      '',
      'Launch 🚀!',
      'Launch 🪀!',
      'Launch 😀!',
      '😀😀',
      '😀',
      'x😀y',
    ];
    for (const notes of texts) {
      updateItem(doc, id, { notes });
      Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
      expect(item(doc, id).notes).toBe(notes);
      expect(item(other, id).notes).toBe(notes);
    }
  });

  it('refuses a parent that would make a loop', () => {
    const doc = new Y.Doc();
    const a = createItem(doc, { title: 'a', start: '2026-01-05' });
    const b = createItem(doc, { title: 'b', start: '2026-01-05', parentId: a });
    const c = createItem(doc, { title: 'c', start: '2026-01-05', parentId: b });
    expect(refusal(() => updateItem(doc, a, { parentId: c })).field).toBe('parentId');
    expect(refusal(() => updateItem(doc, a, { parentId: a })).field).toBe('parentId');
    expect(item(doc, a).parentId).toBeNull();
  });

  it('refuses an unknown item', () => {
    expect(refusal(() => updateItem(new Y.Doc(), 'item:ghost', { title: 'x' })).reason).toBe('does not exist');
  });
});

describe('moveItems and resizeItem', () => {
  it('shifts every item by whole days, keeping each duration', () => {
    const doc = new Y.Doc();
    const a = createItem(doc, { title: 'a', start: '2026-03-27', end: '2026-04-02' });
    const m = createItem(doc, { title: 'm', kind: 'milestone', start: '2026-03-29' });
    moveItems(doc, [a, m], { days: 7 });
    expect(item(doc, a)).toMatchObject({ start: '2026-04-03', end: '2026-04-09' });
    expect(item(doc, m)).toMatchObject({ start: '2026-04-05', end: '2026-04-05' });
    moveItem(doc, a, { days: -10 });
    expect(item(doc, a)).toMatchObject({ start: '2026-03-24', end: '2026-03-30' });
  });

  it('moves items to another lane, appended after its items in their given order', () => {
    const doc = new Y.Doc();
    const from = createLane(doc, { title: 'From' });
    const to = createLane(doc, { title: 'To' });
    const resident = createItem(doc, { title: 'resident', start: '2026-01-05', laneId: to });
    const movers = ['m1', 'm2', 'm3'].map((title) => createItem(doc, { title, start: '2026-01-05', laneId: from }));
    const residentOrder = item(doc, resident).order;
    moveItems(doc, [movers[2], movers[0], movers[1]] as string[], { days: 0, laneId: to });
    const inLane = [...collection(doc, 'items').keys()].map((id) => item(doc, id)).filter((i) => i.laneId === to);
    expect(inLane.sort(compareOrder).map((i) => i.title)).toEqual(['resident', 'm3', 'm1', 'm2']);
    expect(item(doc, resident).order).toBe(residentOrder);
  });

  it('takes descendants along in the same update, each from its nearest moved ancestor', () => {
    const doc = new Y.Doc();
    const lane = createLane(doc, { title: 'Lane' });
    const program = createItem(doc, { title: 'program', kind: 'program', start: '2026-01-05', end: '2026-06-26' });
    const project = createItem(doc, { title: 'project', start: '2026-02-02', parentId: program });
    const task = createItem(doc, { title: 'task', kind: 'task', start: '2026-02-09', parentId: project });
    const golive = createItem(doc, { title: 'go-live', kind: 'milestone', start: '2026-03-31', parentId: project });
    const other = createItem(doc, { title: 'other', start: '2026-02-02', laneId: lane, parentId: program });
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    // the program moves a week; its project is listed too, two weeks and to a lane
    moveItemsBy(doc, [
      { id: program, days: 7 },
      { id: project, days: 14, laneId: lane },
    ]);
    expect(updates).toHaveLength(1);
    expect(item(doc, program).start).toBe('2026-01-12');
    expect(item(doc, other)).toMatchObject({ start: '2026-02-09', laneId: lane });
    expect(item(doc, project)).toMatchObject({ start: '2026-02-16', laneId: lane });
    // the project's own subtree follows the project, not the program, and keeps its lanes
    expect(item(doc, task)).toMatchObject({ start: '2026-02-23', laneId: null });
    expect(item(doc, golive)).toMatchObject({ start: '2026-04-14', end: '2026-04-14' });
  });

  it('refuses fractional days, and refuses the whole move when one item cannot move', () => {
    const doc = new Y.Doc();
    const a = createItem(doc, { title: 'a', start: '2026-01-05' });
    const before = Y.encodeStateVector(doc);
    expect(refusal(() => moveItems(doc, [a], { days: 0.5 })).reason).toBe('can only move by whole days');
    expect(refusal(() => moveItems(doc, [a, 'item:ghost'], { days: 3 })).reason).toBe('does not exist');
    expect(refusal(() => moveItems(doc, [a], { days: 1, laneId: 'lane:ghost' })).field).toBe('laneId');
    expect(Y.encodeStateVector(doc)).toEqual(before);
    expect(item(doc, a).start).toBe('2026-01-05');
  });

  it('resizes one end and refuses an end before the start', () => {
    const doc = new Y.Doc();
    const a = createItem(doc, { title: 'a', start: '2026-01-05', end: '2026-01-16' });
    resizeItem(doc, a, { end: '2026-01-30' });
    expect(item(doc, a)).toMatchObject({ start: '2026-01-05', end: '2026-01-30' });
    resizeItem(doc, a, { start: '2026-01-30' });
    expect(item(doc, a)).toMatchObject({ start: '2026-01-30', end: '2026-01-30' });
    expect(refusal(() => resizeItem(doc, a, { end: '2026-01-29' }))).toEqual({
      field: 'end',
      reason: 'is before start 2026-01-30',
    });
  });
});

describe('deleteItems', () => {
  it('removes links and assignments of deleted items, and lifts children to the nearest survivor', () => {
    const doc = new Y.Doc();
    const person = createPerson(doc, { name: 'Freja' });
    const root = createItem(doc, { title: 'root', kind: 'program', start: '2026-01-05' });
    const mid = createItem(doc, { title: 'mid', start: '2026-01-05', parentId: root });
    const low = createItem(doc, { title: 'low', start: '2026-01-05', parentId: mid });
    const leaf = createItem(doc, { title: 'leaf', start: '2026-01-05', parentId: low });
    const other = createItem(doc, { title: 'other', start: '2026-01-05' });
    const kept = linkItems(doc, { from: other, to: root });
    linkItems(doc, { from: mid, to: other });
    assignPerson(doc, { itemId: low, personId: person, hoursPerWeek: 8 });
    deleteItems(doc, [mid, low]);
    expect(item(doc, leaf).parentId).toBe(root);
    expect([...collection(doc, 'deps').keys()]).toEqual([kept]);
    expect(collection(doc, 'assignments').size).toBe(0);
    expect(readBoard(doc).problems).toEqual([]);
    deleteItem(doc, root);
    expect(item(doc, leaf).parentId).toBeNull();
  });

  it('finishes when the deleted items form a parent loop (merged from two offline edits)', () => {
    const doc = new Y.Doc();
    putRaw(doc, 'items', 'item:a', { title: 'a', start: '2026-01-05', end: '2026-01-05', parentId: 'item:b' });
    putRaw(doc, 'items', 'item:b', { title: 'b', start: '2026-01-05', end: '2026-01-05', parentId: 'item:a' });
    putRaw(doc, 'items', 'item:c', { title: 'c', start: '2026-01-05', end: '2026-01-05', parentId: 'item:a' });
    deleteItems(doc, ['item:a', 'item:b']);
    expect([...collection(doc, 'items').keys()]).toEqual(['item:c']);
    expect(item(doc, 'item:c').parentId).toBeNull();
  });

  it('ignores ids that are already gone', () => {
    const doc = new Y.Doc();
    const a = createItem(doc, { title: 'a', start: '2026-01-05' });
    deleteItems(doc, ['item:ghost', a, a]);
    expect(collection(doc, 'items').size).toBe(0);
  });
});
