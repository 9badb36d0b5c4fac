import {
  baselineDates,
  chooseBaseline,
  createBaseline,
  createItem,
  createLane,
  readBoard,
  renameBaseline,
} from '@planroom/shared';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { StatusModel } from './statusModel';

describe('StatusModel', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  function board() {
    const doc = new Y.Doc();
    const laneId = createLane(doc, { title: 'Lane' });
    createItem(doc, { title: 'Go-live', kind: 'milestone', start: '2027-02-01', laneId });
    return { doc, laneId, model: new StatusModel(doc, 100) };
  }

  it('reads only when asked, and keeps one read until the document changes', () => {
    const { doc, laneId, model } = board();
    const first = model.get();
    expect(model.get()).toBe(first);
    createItem(doc, { title: 'Another', start: '2027-03-01', laneId });
    const second = model.get();
    expect(second).not.toBe(first);
    expect(second.board.items.size).toBe(2);
    model.destroy();
  });

  it('follows the chosen baseline, and re-reads it only when baselines or the choice change', () => {
    const { doc, laneId, model } = board();
    expect(model.get().baseline).toBeNull();
    const id = createBaseline(doc, {
      name: 'Q4 plan',
      source: { kind: 'now' },
      dates: baselineDates([...readBoard(doc).items.values()]),
    });
    expect(model.get().baseline).toBeNull();
    chooseBaseline(doc, id);
    const chosen = model.get().baseline;
    expect(chosen?.name).toBe('Q4 plan');
    createItem(doc, { title: 'Later', start: '2027-05-01', laneId });
    expect(model.get().baseline).toBe(chosen);
    renameBaseline(doc, id, 'Board plan');
    expect(model.get().baseline?.name).toBe('Board plan');
    chooseBaseline(doc, null);
    expect(model.get().baseline).toBeNull();
    model.destroy();
  });

  it('tells its subscribers once per burst of changes, after the delay, and nothing after destroy', () => {
    vi.useFakeTimers();
    const { doc, laneId, model } = board();
    const heard = vi.fn();
    model.subscribe(heard);
    for (let i = 0; i < 5; i++) createItem(doc, { title: `Task ${i}`, start: '2027-01-04', laneId });
    expect(heard).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(heard).toHaveBeenCalledTimes(1);
    expect(model.get().board.items.size).toBe(6);
    model.destroy();
    createItem(doc, { title: 'After', start: '2027-01-04', laneId });
    vi.advanceTimersByTime(100);
    expect(heard).toHaveBeenCalledTimes(1);
  });
});
