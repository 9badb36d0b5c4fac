import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readBoard } from './board.js';
import { daysBetween } from './dates.js';
import { linkItems } from './dependency.js';
import { createItem, deleteItems, type Item, moveItems, updateItem } from './item.js';
import { createLane, deleteLane, renameLane, reorderLane } from './lane.js';
import { createPerson } from './person.js';
import { type Edit, expectConverged, mergeEveryWay } from './testkit.js';

function setup() {
  const base = new Y.Doc();
  const lanes = ['A', 'B', 'C', 'D'].map((title) => createLane(base, { title })) as [string, string, string, string];
  const x = createItem(base, { title: 'Data platform', start: '2026-01-05', end: '2026-02-13', laneId: lanes[0] });
  const y = createItem(base, { title: 'Finance dashboards', start: '2026-03-02', laneId: lanes[0] });
  return { base, lanes, x, y };
}

function itemOf(board: ReturnType<typeof readBoard>, id: string): Item {
  const found = board.items.get(id);
  if (!found) throw new Error(`${id} missing`);
  return found;
}

describe('concurrent edits converge, in whatever order updates arrive', () => {
  it('three people move the same item: one move wins whole, duration kept', () => {
    const { base, lanes, x } = setup();
    const docs = mergeEveryWay(base, [
      (d) => moveItems(d, [x], { days: 3, laneId: lanes[1] }),
      (d) => moveItems(d, [x], { days: 5 }),
      (d) => moveItems(d, [x], { days: -2, laneId: lanes[2] }),
    ]);
    const item = itemOf(expectConverged(docs), x);
    expect(['2026-01-08', '2026-01-10', '2026-01-03']).toContain(item.start);
    expect(daysBetween(item.start, item.end)).toBe(39);
    expect([lanes[1], lanes[2]]).toContain(item.laneId);
  });

  it('rename and move of the same item both survive', () => {
    const { base, lanes, x } = setup();
    const docs = mergeEveryWay(base, [
      (d) => updateItem(d, x, { title: 'Lakehouse', status: 'at-risk' }),
      (d) => moveItems(d, [x], { days: 7, laneId: lanes[3] }),
    ]);
    expect(itemOf(expectConverged(docs), x)).toMatchObject({
      title: 'Lakehouse',
      status: 'at-risk',
      start: '2026-01-12',
      laneId: lanes[3],
    });
  });

  it('delete wins over a concurrent edit; a link made to the deleted item is reported, not crashed on', () => {
    const { base, x, y } = setup();
    const docs = mergeEveryWay(base, [
      (d) => deleteItems(d, [x]),
      (d) => {
        updateItem(d, x, { title: 'Edited meanwhile', notes: 'Important' });
        linkItems(d, { from: y, to: x });
      },
    ]);
    const board = expectConverged(docs);
    expect(board.items.has(x)).toBe(false);
    expect(board.items.has(y)).toBe(true);
    expect(board.deps).toEqual([]);
    expect(board.problems).toEqual([expect.objectContaining({ collection: 'deps', field: 'to' })]);
  });

  it('the same link drawn by two people at once counts once everywhere; the repeat is listed', () => {
    const { base, x, y } = setup();
    const docs = mergeEveryWay(base, [
      (d) => linkItems(d, { from: x, to: y }),
      (d) => linkItems(d, { from: x, to: y, type: 'SS' }),
    ]);
    const board = expectConverged(docs);
    expect(board.deps).toHaveLength(1);
    expect(board.problems).toEqual([
      expect.objectContaining({
        collection: 'deps',
        field: 'to',
        reason: `repeats link ${board.deps[0]?.id} between the same items`,
      }),
    ]);
  });

  it('two people editing different parts of the same notes both keep their words', () => {
    const { base, x } = setup();
    updateItem(base, x, { notes: 'Scope: lakehouse.\nRisks: none yet.\n' });
    const docs = mergeEveryWay(base, [
      (d) => updateItem(d, x, { notes: 'Scope: lakehouse and BI.\nRisks: none yet.\n' }),
      (d) => updateItem(d, x, { notes: 'Scope: lakehouse.\nRisks: vendor lock-in.\n' }),
    ]);
    expect(itemOf(expectConverged(docs), x).notes).toBe('Scope: lakehouse and BI.\nRisks: vendor lock-in.\n');
  });

  it('notes edits next to emoji stay valid text after syncing', () => {
    const { base, x } = setup();
    updateItem(base, x, { notes: 'Launch 🚀 party' });
    const docs = mergeEveryWay(base, [(d) => updateItem(d, x, { notes: 'Launch 😀 party' })]);
    expect(itemOf(expectConverged(docs), x).notes).toBe('Launch 😀 party');
  });

  it('two lanes inserted at the same index land next to each other in the same order everywhere', () => {
    const { base, lanes } = setup();
    const docs = mergeEveryWay(base, [
      (d) => createLane(d, { title: 'New 1', index: 1 }),
      (d) => createLane(d, { title: 'New 2', index: 1 }),
      (d) => createLane(d, { title: 'New 3', index: 1 }),
    ]);
    const titles = expectConverged(docs).lanes.map((l) => l.title);
    expect(titles[0]).toBe('A');
    expect(titles.slice(1, 4).sort()).toEqual(['New 1', 'New 2', 'New 3']);
    expect(titles.slice(4)).toEqual(['B', 'C', 'D']);
    // and the tie does not block the next insert between the tied lanes
    const doc = docs[0] as Y.Doc;
    createLane(doc, { title: 'Between', index: 2 });
    expect(readBoard(doc).lanes.map((l) => l.title)).toHaveLength(8);
    expect(readBoard(doc).lanes.map((l) => l.id)).toContain(lanes[3]);
  });

  it('concurrent reorders leave every lane exactly once, in one agreed order', () => {
    const { base, lanes } = setup();
    const docs = mergeEveryWay(base, [
      (d) => reorderLane(d, lanes[0], 3),
      (d) => reorderLane(d, lanes[0], 0),
      (d) => reorderLane(d, lanes[3], 0),
    ]);
    const ids = expectConverged(docs).lanes.map((l) => l.id);
    expect([...ids].sort()).toEqual([...lanes].sort());
    expect(ids[0]).toBe(lanes[3]);
  });

  it('rename and reorder of the same lane both survive', () => {
    const { base, lanes } = setup();
    const docs = mergeEveryWay(base, [(d) => renameLane(d, lanes[1], 'Beta'), (d) => reorderLane(d, lanes[1], 3)]);
    expect(expectConverged(docs).lanes.map((l) => l.title)).toEqual(['A', 'C', 'D', 'Beta']);
  });

  it('a lane deleted while someone adds an item to it: the item is reported, on every replica', () => {
    const { base, lanes } = setup();
    const docs = mergeEveryWay(base, [
      (d) => deleteLane(d, lanes[1]),
      (d) => createItem(d, { title: 'Late arrival', start: '2026-04-06', laneId: lanes[1] }),
    ]);
    const board = expectConverged(docs);
    expect(board.problems).toEqual([
      expect.objectContaining({ collection: 'items', field: 'laneId', reason: 'points at a lane that does not exist' }),
    ]);
  });

  it('two offline re-parentings that make a loop are reported, and the loop can be deleted', () => {
    const { base, x, y } = setup();
    const docs = mergeEveryWay(base, [
      (d) => updateItem(d, x, { parentId: y }),
      (d) => updateItem(d, y, { parentId: x }),
    ]);
    const board = expectConverged(docs);
    expect(board.problems.map((p) => p.reason)).toEqual(['makes a loop of parents', 'makes a loop of parents']);
    for (const doc of docs) deleteItems(doc, [x, y]);
    expect(readBoard(docs[0] as Y.Doc).items.size).toBe(0);
  });

  it('many people adding people and items at once lose nothing', () => {
    const { base, lanes } = setup();
    const edits: Edit[] = [0, 1, 2].map((n) => (d) => {
      const owner = createPerson(d, { name: `Person ${n}` });
      for (let i = 0; i < 5; i++)
        createItem(d, { title: `${n}.${i}`, start: '2026-05-04', laneId: lanes[2], ownerId: owner });
    });
    const board = expectConverged(mergeEveryWay(base, edits));
    expect(board.people).toHaveLength(3);
    expect([...board.items.values()].filter((i) => i.laneId === lanes[2])).toHaveLength(15);
    expect(board.problems).toEqual([]);
  });
});
