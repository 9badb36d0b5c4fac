import { createItem, createLane, linkItems, moveItems, updateItem } from '@planroom/shared';
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { BoardStore } from '../core/boardStore';
import { CriticalCache } from './criticalCache';
import { RollupCache } from './rollupCache';

function setup() {
  const doc = new Y.Doc();
  const laneId = createLane(doc, { title: 'A' });
  const program = createItem(doc, { title: 'Program', kind: 'program', start: '2026-03-02', laneId });
  const a = createItem(doc, {
    title: 'A',
    start: '2026-03-02',
    end: '2026-03-11',
    laneId,
    parentId: program,
    progress: 100,
  });
  const b = createItem(doc, { title: 'B', start: '2026-03-12', end: '2026-03-31', laneId, parentId: program });
  const c = createItem(doc, { title: 'C', start: '2026-03-02', end: '2026-03-05', laneId });
  linkItems(doc, { from: a, to: b });
  const store = new BoardStore(doc);
  return { doc, store, program, a, b, c };
}

describe('RollupCache', () => {
  it('rolls children up and wakes the parent when a child moves', () => {
    const { doc, store, program, b, c } = setup();
    const cache = new RollupCache(store);
    expect(cache.get(program)).toEqual({ start: '2026-03-02', end: '2026-03-31', progress: 33.3, count: 2 });
    const onProgram = vi.fn();
    cache.subscribe(program, onProgram);
    updateItem(doc, c, { status: 'done' });
    moveItems(doc, [c], { days: 1 });
    expect(onProgram).not.toHaveBeenCalled();
    moveItems(doc, [b], { days: 3 });
    expect(onProgram).toHaveBeenCalledTimes(1);
    expect(cache.get(program)?.end).toBe('2026-04-03');
    cache.destroy();
  });
});

describe('CriticalCache', () => {
  it('is empty while off and marks the chain that ends last when on', () => {
    const { store, a, b, c } = setup();
    const cache = new CriticalCache(store);
    expect(cache.get(a)).toBeUndefined();
    cache.setScope('all');
    expect(cache.get(a)).toEqual({ critical: true, slack: 0 });
    expect(cache.get(b)).toEqual({ critical: true, slack: 0 });
    expect(cache.get(c)).toEqual({ critical: false, slack: 26 });
    cache.setScope(null);
    expect(cache.get(a)).toBeUndefined();
    cache.destroy();
  });

  it('limits the path to a program and recomputes after edits', async () => {
    const { doc, store, program, b, c } = setup();
    const cache = new CriticalCache(store, 0);
    cache.setScope(program);
    expect(cache.get(c)).toBeUndefined();
    expect(cache.get(b)?.critical).toBe(true);
    cache.setScope('all');
    const onB = vi.fn();
    cache.subscribe(b, onB);
    // C now ends last: it becomes the critical path and B gets slack
    moveItems(doc, [c], { days: 60 });
    await vi.waitFor(() => expect(onB).toHaveBeenCalled());
    expect(cache.get(b)).toEqual({ critical: false, slack: 34 });
    expect(cache.get(c)?.critical).toBe(true);
    cache.destroy();
  });
});
