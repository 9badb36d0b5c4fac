import { createItem, createLane, createPerson, moveItems, toDayNumber, updateItem } from '@planroom/shared';
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { BoardStore } from '../core/boardStore';
import { type EngineView, LayoutEngine } from './layoutEngine';

const today = toDayNumber('2026-03-01');

function setup(view: Partial<EngineView> = {}, more?: (doc: Y.Doc, laneB: string) => void) {
  const doc = new Y.Doc();
  const laneA = createLane(doc, { title: 'A' });
  const laneB = createLane(doc, { title: 'B' });
  const ada = createPerson(doc, { name: 'Ada' });
  const parent = createItem(doc, {
    title: 'Program',
    kind: 'program',
    start: '2026-03-02',
    end: '2026-06-30',
    laneId: laneA,
  });
  const child = createItem(doc, { title: 'Child', start: '2026-03-02', laneId: laneA, parentId: parent, ownerId: ada });
  const other = createItem(doc, { title: 'Other', start: '2026-04-01', laneId: laneB });
  more?.(doc, laneB);
  const store = new BoardStore(doc);
  const engine = new LayoutEngine(store, {
    group: 'lane',
    filter: {},
    collapsed: new Set(),
    ppd: 9,
    viewWidth: 1200,
    today,
    ...view,
  });
  return { doc, store, engine, laneA, laneB, ada, parent, child, other };
}

describe('LayoutEngine', () => {
  it('lays out lanes as rows with children under their parent', () => {
    const { engine, laneA, laneB, parent, child } = setup();
    const { keys, offsets } = engine.getStructure();
    expect(keys).toEqual([laneA, laneB]);
    expect(offsets).toHaveLength(3);
    const row = engine.getRow(laneA);
    expect(row?.layout.boxes.get(parent)).toMatchObject({ row: 0, children: 1 });
    expect(row?.layout.boxes.get(child)?.row).toBe(1);
    expect(engine.getPlace(child)).toMatchObject({ rowIndex: 0, proxy: false });
  });

  it('wakes nothing for an edit that does not move a bar', () => {
    const { doc, engine, laneA, laneB, child } = setup();
    const row = engine.getRow(laneA);
    const onStructure = vi.fn();
    const onRowA = vi.fn();
    const onPlace = vi.fn();
    engine.subscribeStructure(onStructure);
    engine.subscribeRow(laneA, onRowA);
    engine.subscribePlace(child, onPlace);
    updateItem(doc, child, { status: 'at-risk', progress: 50 });
    expect(onStructure).not.toHaveBeenCalled();
    expect(onRowA).not.toHaveBeenCalled();
    expect(onPlace).not.toHaveBeenCalled();
    expect(engine.getRow(laneA)).toBe(row);
    expect(engine.getRow(laneB)).toBeDefined();
  });

  it('keeps the other bars of a lane in their sub-rows when one moves', () => {
    const ids: string[] = [];
    const { doc, engine, laneB, other } = setup({}, (d, lane) => {
      ids.push(createItem(d, { title: 'Early', start: '2026-03-20', end: '2026-04-10', laneId: lane }));
      ids.push(createItem(d, { title: 'Late', start: '2026-04-20', end: '2026-05-10', laneId: lane }));
    });
    const [early = '', late = ''] = ids;
    const rowOf = (id: string) => engine.getRow(laneB)?.layout.boxes.get(id)?.row;
    // Early starts first: Other (April 1 to 14) sits under it, Late beside it
    expect([rowOf(early), rowOf(other), rowOf(late)]).toEqual([0, 1, 0]);
    // packed afresh, Other would now move up to the top row
    moveItems(doc, [early], { days: 120 });
    expect([rowOf(other), rowOf(late)]).toEqual([1, 0]);
    expect(rowOf(early)).toBe(0);
  });

  it('re-lays out only the row of a moved item', () => {
    const { doc, engine, laneA, laneB, other } = setup();
    const rowA = engine.getRow(laneA);
    const onRowA = vi.fn();
    const onRowB = vi.fn();
    const onPlace = vi.fn();
    engine.subscribeRow(laneA, onRowA);
    engine.subscribeRow(laneB, onRowB);
    engine.subscribePlace(other, onPlace);
    moveItems(doc, [other], { days: 7 });
    expect(onRowB).toHaveBeenCalledTimes(1);
    expect(onPlace).toHaveBeenCalledTimes(1);
    expect(onRowA).not.toHaveBeenCalled();
    expect(engine.getRow(laneA)).toBe(rowA);
  });

  it('moves an item between rows when its lane changes', () => {
    const { doc, engine, laneB, child } = setup();
    moveItems(doc, [child], { days: 0, laneId: laneB });
    expect(engine.getRow(laneB)?.itemIds).toContain(child);
    expect(engine.getPlace(child)?.rowIndex).toBe(1);
  });

  it('points a collapsed child at its parent bar', () => {
    const { engine, parent, child } = setup();
    engine.setView({ collapsed: new Set([parent]) });
    expect(engine.getPlace(child)).toEqual({ ...engine.getPlace(parent), proxy: true });
  });

  it('regroups, filters and counts what is hidden', () => {
    const { doc, engine, ada, child } = setup();
    engine.setView({ group: 'owner' });
    expect(engine.getStructure().keys).toEqual([ada, 'none']);
    engine.setView({ filter: { ownerIds: [ada] } });
    expect(engine.getStructure()).toMatchObject({ keys: [ada], hidden: 2, filtering: true });
    updateItem(doc, child, { ownerId: null });
    expect(engine.getStructure()).toMatchObject({ keys: [], hidden: 3 });
  });

  it('rescales on zoom and keeps rows that did not change', () => {
    const { engine, laneA } = setup();
    const before = engine.getStructure();
    engine.setView({ ppd: 36 });
    const after = engine.getStructure();
    expect(after.scale.ppd).toBe(36);
    expect(after).not.toBe(before);
    expect(engine.getRow(laneA)?.layout.boxes.size).toBe(2);
  });

  it('finds bars for navigation', () => {
    const { engine, parent, child } = setup();
    expect(engine.navLines().map((line) => line.map((b) => b.id))).toEqual([[parent], [child], [expect.any(String)]]);
    expect(engine.shownIds().size).toBe(3);
  });
});
