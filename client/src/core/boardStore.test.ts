import { collection, createItem, createLane, deleteLane, moveItems, updateItem } from '@planroom/shared';
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { BoardStore, NO_LANE } from './boardStore';

function setup() {
  const doc = new Y.Doc();
  const laneA = createLane(doc, { title: 'A' });
  const laneB = createLane(doc, { title: 'B' });
  const one = createItem(doc, { title: 'One', start: '2026-03-02', laneId: laneA });
  const two = createItem(doc, { title: 'Two', start: '2026-03-09', laneId: laneA });
  const store = new BoardStore(doc);
  return { doc, store, laneA, laneB, one, two };
}

describe('BoardStore', () => {
  it('reads lanes in order and items into their lane rows', () => {
    const { store, laneA, laneB, one, two } = setup();
    expect(store.getLaneIds()).toEqual([laneA, laneB]);
    expect(store.getSpans(laneA).map((s) => s.id)).toEqual([one, two]);
    expect(store.getSpans(laneB)).toEqual([]);
    expect(store.getItem(one)?.title).toBe('One');
  });

  it('keeps unchanged records identical and wakes only the changed item', () => {
    const { doc, store, laneA, one, two } = setup();
    const before = { one: store.getItem(one), two: store.getItem(two), spans: store.getSpans(laneA) };
    const onOne = vi.fn();
    const onTwo = vi.fn();
    const onSpans = vi.fn();
    store.subscribeItem(one, onOne);
    store.subscribeItem(two, onTwo);
    store.subscribeSpans(laneA, onSpans);
    updateItem(doc, one, { status: 'at-risk', progress: 40 });
    expect(onOne).toHaveBeenCalledTimes(1);
    expect(onTwo).not.toHaveBeenCalled();
    expect(onSpans).not.toHaveBeenCalled();
    expect(store.getItem(one)).not.toBe(before.one);
    expect(store.getItem(two)).toBe(before.two);
    expect(store.getSpans(laneA)).toBe(before.spans);
  });

  it('re-lays out the row when a title changes (labels can sit beside bars)', () => {
    const { doc, store, laneA, one } = setup();
    const onSpans = vi.fn();
    store.subscribeSpans(laneA, onSpans);
    updateItem(doc, one, { title: 'One with a longer title' });
    expect(onSpans).toHaveBeenCalledTimes(1);
    expect(store.getSpans(laneA)[0]?.title).toBe('One with a longer title');
  });

  it('moves an item between rows when its lane or dates change', () => {
    const { doc, store, laneA, laneB, one } = setup();
    const onA = vi.fn();
    const onB = vi.fn();
    store.subscribeSpans(laneA, onA);
    store.subscribeSpans(laneB, onB);
    moveItems(doc, [one], { days: 7, laneId: laneB });
    expect(onA).toHaveBeenCalledTimes(1);
    expect(onB).toHaveBeenCalledTimes(1);
    expect(store.getSpans(laneB).map((s) => s.id)).toEqual([one]);
    expect(store.getItem(one)?.start).toBe('2026-03-09');
  });

  it('applies remote updates the same way', () => {
    const { doc, store, laneB, two } = setup();
    const remote = new Y.Doc();
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(doc));
    moveItems(remote, [two], { days: 0, laneId: laneB });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(remote, Y.encodeStateVector(doc)));
    expect(store.getSpans(laneB).map((s) => s.id)).toEqual([two]);
  });

  it('hides a broken record without losing the rest', () => {
    const { doc, store, laneA, one, two } = setup();
    doc.transact(() => collection(doc, 'items').get(one)?.set('end', 'not a date'));
    expect(store.getItem(one)).toBeUndefined();
    expect(store.getSpans(laneA).map((s) => s.id)).toEqual([two]);
  });

  it('shows items of a missing or broken lane in the No lane row', () => {
    const { doc, store, laneA, laneB, one, two } = setup();
    doc.transact(() => collection(doc, 'lanes').get(laneA)?.set('title', ''));
    expect(store.getLaneIds()).toEqual([laneB]);
    expect(store.getSpans(NO_LANE).map((s) => s.id)).toEqual([one, two]);
    doc.transact(() => collection(doc, 'lanes').get(laneA)?.set('title', 'A again'));
    expect(store.getSpans(laneA).map((s) => s.id)).toEqual([one, two]);
    deleteLane(doc, laneA);
    expect(store.getSpans(laneB).map((s) => s.id)).toEqual([one, two]);
  });

  it('tracks the extent of all dates', () => {
    const { doc, store, two } = setup();
    const first = store.getExtent();
    expect(first).toEqual({ min: expect.any(Number), max: expect.any(Number) });
    updateItem(doc, two, { end: '2026-12-31' });
    expect(store.getExtent()?.max).toBeGreaterThan(first?.max ?? 0);
  });

  it('lists problems from the lenient reader', async () => {
    const { doc, store, one } = setup();
    doc.transact(() => collection(doc, 'items').get(one)?.set('status', 'sideways'));
    await vi.waitFor(() =>
      expect(store.getProblems()).toEqual([expect.objectContaining({ id: one, field: 'status' })]),
    );
    store.destroy();
  });
});
