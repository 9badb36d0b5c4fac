import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readBoard } from './board.js';
import { collection, metaMap } from './doc.js';
import { createItem } from './item.js';
import { createLane } from './lane.js';
import { putRaw } from './testkit.js';

const DAY = { start: '2026-01-05', end: '2026-01-09' };

function reasons(doc: Y.Doc): string[] {
  return readBoard(doc).problems.map((p) => `${p.collection} ${p.id} ${p.field}: ${p.reason}`);
}

/** Every reference a view might follow from the snapshot resolves inside the snapshot. */
function expectClosed(doc: Y.Doc): void {
  const b = readBoard(doc);
  const lanes = new Set(b.lanes.map((l) => l.id));
  const people = new Set(b.people.map((p) => p.id));
  const teams = new Set(b.teams.map((t) => t.id));
  for (const item of b.items.values()) {
    if (item.parentId) expect(b.items.has(item.parentId), `${item.id} parent`).toBe(true);
    if (item.laneId) expect(lanes.has(item.laneId), `${item.id} lane`).toBe(true);
    if (item.ownerId) expect(people.has(item.ownerId), `${item.id} owner`).toBe(true);
  }
  for (const p of b.people) if (p.teamId) expect(teams.has(p.teamId)).toBe(true);
  for (const d of b.deps) expect(b.items.has(d.from) && b.items.has(d.to)).toBe(true);
  for (const a of b.assignments) {
    expect(b.items.has(a.itemId)).toBe(true);
    if (a.personId) expect(people.has(a.personId)).toBe(true);
  }
}

describe('readBoard on good data', () => {
  it('reads an empty doc with default meta and no problems', () => {
    const b = readBoard(new Y.Doc());
    expect(b.problems).toEqual([]);
    expect(b.meta).toMatchObject({
      schemaVersion: 0,
      name: 'Untitled board',
      fiscalYearStartMonth: 1,
      weekStartsOn: 1,
    });
    expect(b.items.size).toBe(0);
  });

  it('sorts lanes by order, breaking ties by id, and keeps unknown fields', () => {
    const doc = new Y.Doc();
    putRaw(doc, 'lanes', 'lane:b', { title: 'B', order: 'a1' });
    putRaw(doc, 'lanes', 'lane:c', { title: 'C', order: 'a0' });
    putRaw(doc, 'lanes', 'lane:a', { title: 'A', order: 'a1' });
    putRaw(doc, 'items', 'item:x', { title: 'X', ...DAY, riskScore: 7 });
    const b = readBoard(doc);
    expect(b.lanes.map((l) => l.id)).toEqual(['lane:c', 'lane:a', 'lane:b']);
    expect(b.items.get('item:x')).toMatchObject({ riskScore: 7, kind: 'project', order: 'a0' });
    expect(b.problems).toEqual([]);
  });
});

describe('readBoard on bad data', () => {
  it('reports each bad field by collection, id, field and reason, and leaves the record out', () => {
    const doc = new Y.Doc();
    putRaw(doc, 'items', 'item:untitled', { start: '2026-01-05', end: '2026-01-05' });
    putRaw(doc, 'items', 'item:backwards', { title: 'B', start: '2026-02-01', end: '2026-01-31' });
    putRaw(doc, 'items', 'item:baddate', { title: 'C', start: '2026-13-01', end: '2026-01-31', progress: 'half' });
    putRaw(doc, 'lanes', 'lane:bad', { title: 42 });
    collection(doc, 'people').set('person:text', 'just a string' as never);
    createItem(doc, { title: 'fine', ...DAY });
    expect(reasons(doc).sort()).toEqual([
      'items item:backwards end: is before start 2026-02-01',
      'items item:baddate progress: must be a number',
      'items item:baddate start: must be a date like 2026-03-31',
      'items item:untitled title: is missing',
      'lanes lane:bad title: must be text',
      'people person:text : is not a record',
    ]);
    expect([...readBoard(doc).items.values()].map((i) => i.title)).toEqual(['fine']);
  });

  it('reports bad meta and falls back to defaults instead of failing', () => {
    const doc = new Y.Doc();
    metaMap(doc).set('fiscalYearStartMonth', 13);
    metaMap(doc).set('weekStartsOn', 3);
    metaMap(doc).set('name', 'Q3 plan');
    const b = readBoard(doc);
    expect(b.meta).toMatchObject({ name: 'Q3 plan', fiscalYearStartMonth: 1, weekStartsOn: 1 });
    expect(b.problems.map((p) => `${p.collection} ${p.field}`)).toEqual([
      'meta fiscalYearStartMonth',
      'meta weekStartsOn',
    ]);
  });

  it('drops and reports records whose references point nowhere, down the chain', () => {
    const doc = new Y.Doc();
    putRaw(doc, 'people', 'person:p', { name: 'P', teamId: 'team:gone' });
    putRaw(doc, 'items', 'item:a', { title: 'A', ...DAY, laneId: 'lane:gone' });
    putRaw(doc, 'items', 'item:b', { title: 'B', ...DAY, ownerId: 'person:p' });
    putRaw(doc, 'items', 'item:ok', { title: 'OK', ...DAY });
    putRaw(doc, 'deps', 'dep:1', { from: 'item:ok', to: 'item:a' });
    putRaw(doc, 'assignments', 'asg:1', { itemId: 'item:ok', personId: 'person:p', hoursPerWeek: 8 });
    putRaw(doc, 'assignments', 'asg:2', { itemId: 'item:gone', hoursPerWeek: 8 });
    expect(reasons(doc).sort()).toEqual(
      [
        'items item:a laneId: points at a lane that does not exist',
        // dep:1 is only set aside because item:a is: it names the root cause, not a missing item
        'deps dep:1 to: waits on item:a, which needs attention',
        'assignments asg:2 itemId: points at an item that does not exist',
      ].sort(),
    );
    // a person whose team is gone simply has no team; what hangs on them stays
    const board = readBoard(doc);
    expect(board.people).toMatchObject([{ id: 'person:p', teamId: null }]);
    expect([...board.items.keys()].sort()).toEqual(['item:b', 'item:ok']);
    expect(board.assignments.map((a) => a.id)).toEqual(['asg:1']);
    expectClosed(doc);
  });

  it('drops a child whose parent is dropped, whichever was stored first', () => {
    const doc = new Y.Doc();
    putRaw(doc, 'items', 'item:child', { title: 'child', ...DAY, parentId: 'item:parent' });
    putRaw(doc, 'items', 'item:parent', { title: 'parent', ...DAY, parentId: 'item:gone' });
    expect(readBoard(doc).items.size).toBe(0);
    expect(reasons(doc)).toHaveLength(2);
    expectClosed(doc);
  });

  it.each([
    ['a two-item loop', ['item:a', 'item:b', 'item:c']],
    ['the same loop stored in another order', ['item:c', 'item:b', 'item:a']],
  ])('reports %s and leaves no item pointing into it', (_what, insertOrder) => {
    const parents: Record<string, string> = { 'item:a': 'item:b', 'item:b': 'item:a', 'item:c': 'item:a' };
    const doc = new Y.Doc();
    putRaw(doc, 'items', 'item:root', { title: 'root', ...DAY });
    for (const id of insertOrder) putRaw(doc, 'items', id, { title: id, ...DAY, parentId: parents[id] });
    const b = readBoard(doc);
    expect([...b.items.keys()]).toEqual(['item:root']);
    const loops = b.problems.filter((p) => p.reason === 'makes a loop of parents').map((p) => p.id);
    expect(loops.sort()).toEqual(['item:a', 'item:b']);
    expect(b.problems.find((p) => p.id === 'item:c')?.field).toBe('parentId');
    expectClosed(doc);
  });

  it('reports an item that is its own parent', () => {
    const doc = new Y.Doc();
    putRaw(doc, 'items', 'item:self', { title: 'self', ...DAY, parentId: 'item:self' });
    expect(reasons(doc)).toEqual(['items item:self parentId: makes a loop of parents']);
  });

  it('never throws, whatever is stored', () => {
    const doc = new Y.Doc();
    const lane = createLane(doc, { title: 'L' });
    const weird: unknown[] = [null, 0, [], {}, 'x', true, { title: { nested: 1 } }];
    weird.forEach((value, i) => {
      putRaw(doc, 'items', `item:w${i}`, { title: value, start: value, end: value, laneId: value, order: value });
      putRaw(doc, 'deps', `dep:w${i}`, { from: value, to: value, lagDays: value });
    });
    putRaw(doc, 'items', 'item:ok', { title: 'ok', ...DAY, laneId: lane });
    metaMap(doc).set('schemaVersion', 'one');
    const b = readBoard(doc);
    expect([...b.items.keys()]).toEqual(['item:ok']);
    expect(b.problems.length).toBeGreaterThan(weird.length * 2);
    expect(b.problems.every((p) => p.collection && p.reason)).toBe(true);
  });
});
