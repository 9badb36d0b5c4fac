import { createGoal, createItem, createLane, createPerson, readBoard, updateItem } from '@planroom/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { visibleGroups } from './visibleGroups';

function board() {
  const doc = new Y.Doc();
  const lane = createLane(doc, { title: 'Platform' });
  const other = createLane(doc, { title: 'Empty lane' });
  const ada = createPerson(doc, { name: 'Ada' });
  const goal = createGoal(doc, { title: 'Faster' });
  const a = createItem(doc, { title: 'Alpha migration', start: '2026-03-02', laneId: lane, ownerId: ada });
  const b = createItem(doc, { title: 'Beta', start: '2026-03-09', laneId: lane, status: 'at-risk' });
  const c = createItem(doc, { title: 'Gamma', start: '2026-03-09', laneId: null });
  updateItem(doc, b, { goalIds: [goal] });
  const snap = readBoard(doc);
  return {
    input: { items: snap.items, lanes: snap.lanes, people: snap.people, goals: snap.goals },
    lane,
    other,
    ada,
    goal,
    a,
    b,
    c,
  };
}

describe('visibleGroups', () => {
  it('shows every lane and a No lane row for items without one', () => {
    const { input, lane, other, a, b, c } = board();
    const { groups, hidden } = visibleGroups(input, 'lane', {});
    expect(groups.map((g) => [g.key, g.kind, g.itemIds])).toEqual([
      [lane, 'lane', [a, b]],
      [other, 'lane', []],
      ['none', 'no-lane', [c]],
    ]);
    expect(hidden).toBe(0);
  });

  it('keeps a No lane row on a board without lanes', () => {
    const { input } = board();
    const { groups } = visibleGroups({ ...input, lanes: [] }, 'lane', {});
    expect(groups.map((g) => g.key)).toEqual(['none']);
  });

  it('groups by owner with the unassigned last', () => {
    const { input, ada, a, b, c } = board();
    const { groups } = visibleGroups(input, 'owner', {});
    expect(groups.map((g) => [g.key, g.title, g.kind, g.itemIds])).toEqual([
      [ada, 'Ada', 'group', [a]],
      ['none', 'Unassigned', 'group', [b, c]],
    ]);
  });

  it('hides what does not match, counts it once and drops emptied rows', () => {
    const { input, lane, b } = board();
    const { groups, hidden } = visibleGroups(input, 'lane', { statuses: ['at-risk'] });
    expect(groups.map((g) => [g.key, g.itemIds, g.total])).toEqual([[lane, [b], 2]]);
    expect(hidden).toBe(2);
  });

  it('searches titles and owner names', () => {
    const { input, a } = board();
    expect(visibleGroups(input, 'status', { text: 'ada' }).groups.flatMap((g) => g.itemIds)).toEqual([a]);
    expect(visibleGroups(input, 'status', { text: 'alpha MIGR' }).groups.flatMap((g) => g.itemIds)).toEqual([a]);
  });

  it('filters by goal', () => {
    const { input, goal, b } = board();
    const { groups, hidden } = visibleGroups(input, 'goal', { goalIds: [goal] });
    expect(groups.map((g) => [g.key, g.itemIds])).toEqual([[goal, [b]]]);
    expect(hidden).toBe(2);
  });
});
