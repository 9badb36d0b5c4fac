import { createItem, createLane, renameLane } from '@planroom/shared';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { KickoffModel } from './kickoffModel';

describe('KickoffModel', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  function board() {
    const doc = new Y.Doc();
    const laneId = createLane(doc, { title: 'Lane' });
    createItem(doc, { title: 'Project', start: '2026-03-02', laneId });
    return { doc, laneId, model: new KickoffModel(doc, 50) };
  }

  it('keeps one snapshot until something a kickoff shows changes', () => {
    const { doc, laneId, model } = board();
    const first = model.get();
    expect(model.get()).toBe(first);
    // a lane rename or workshop state is nothing a kickoff shows: no new read
    renameLane(doc, laneId, 'Renamed');
    doc.getMap('workshop').set('lastVote', { id: 'vote:1' });
    expect(model.get()).toBe(first);
    createItem(doc, { title: 'Another', start: '2026-04-01', laneId });
    const second = model.get();
    expect(second).not.toBe(first);
    expect(second.items.size).toBe(2);
    model.destroy();
  });

  it('tells its subscribers once per burst of changes, after the delay', () => {
    vi.useFakeTimers();
    const { doc, laneId, model } = board();
    const heard = vi.fn();
    model.subscribe(heard);
    for (let i = 0; i < 5; i++) createItem(doc, { title: `Task ${i}`, start: '2026-04-01', laneId });
    expect(heard).not.toHaveBeenCalled();
    vi.advanceTimersByTime(50);
    expect(heard).toHaveBeenCalledTimes(1);
    expect(model.get().items.size).toBe(6);
    model.destroy();
    createItem(doc, { title: 'After', start: '2026-04-01', laneId });
    vi.advanceTimersByTime(50);
    expect(heard).toHaveBeenCalledTimes(1);
  });
});
