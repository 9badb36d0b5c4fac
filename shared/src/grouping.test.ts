import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readBoard } from './board.js';
import { boardFromJson } from './boardJson.js';
import { goalsWithoutItems, matchesFilter } from './filter.js';
import { groupRows } from './grouping.js';
import type { Item } from './item.js';
import { itPortfolioTemplate } from './templates.js';

function demo() {
  const built = boardFromJson(itPortfolioTemplate('2026-11-22'));
  if (!built.ok) throw new Error('template does not load');
  return readBoard(built.doc);
}

describe('grouping rows (a view, not a change)', () => {
  const board = demo();
  const total = board.items.size;

  it('groups by lane in lane order and puts laneless items last', () => {
    const rows = groupRows(board, 'lane');
    expect(rows.slice(0, -1).map((r) => r.title)).toEqual(board.lanes.map((l) => l.title));
    expect(rows.at(-1)?.title).toBe('No lane');
    expect(rows.reduce((n, r) => n + r.itemIds.length, 0)).toBe(total);
  });

  it('groups by program through the parent chain', () => {
    const rows = groupRows(board, 'program');
    const data = rows.find((r) => r.title === 'Data & Analytics');
    const titles = data?.itemIds.map((id) => board.items.get(id)?.title);
    expect(titles).toEqual(expect.arrayContaining(['Data & Analytics', 'Data platform', 'Lakehouse ready']));
    expect(rows.at(-1)).toMatchObject({ key: 'none', title: 'No program' });
  });

  it('groups by owner, status and goal; an item serving two goals shows twice; empty goals show', () => {
    expect(groupRows(board, 'owner').reduce((n, r) => n + r.itemIds.length, 0)).toBe(total);
    expect(groupRows(board, 'status').map((r) => r.key)).toEqual(
      expect.arrayContaining(['on-track', 'at-risk', 'off-track']),
    );
    const goals = groupRows(board, 'goal');
    expect(goals.find((r) => r.title === 'Hybrid work at its best')?.itemIds).toEqual([]);
    expect(goals.at(-1)?.title).toBe('No goal');
  });

  it('does not touch the document', () => {
    const built = boardFromJson(itPortfolioTemplate('2026-11-22'));
    if (!built.ok) throw new Error('template does not load');
    const before = Y.encodeStateAsUpdate(built.doc);
    groupRows(readBoard(built.doc), 'goal');
    expect(Y.encodeStateAsUpdate(built.doc)).toEqual(before);
  });
});

describe('filters', () => {
  const board = demo();
  const people = new Map(board.people.map((p) => [p.id, p]));
  const find = (title: string) => [...board.items.values()].find((i) => i.title === title) as Item;

  it.each([
    [{ text: 'data PLATFORM' }, 'Data platform', true],
    [{ text: 'platform dashboards' }, 'Data platform', false],
    [{ statuses: ['off-track'] as const }, 'Customer 360', true],
    [{ statuses: ['on-track', 'done'] as const }, 'Customer 360', false],
    [{ kinds: ['milestone'] as const }, 'Go-live', true],
    [{ kinds: ['milestone'] as const }, 'Data platform', false],
  ])('%j on %s: %s', (filter, title, expected) => {
    expect(matchesFilter(find(title), filter, people)).toBe(expected);
  });

  it('matches owners by id and by name, goals by id, accents folded', () => {
    const item = find('Data platform');
    const owner = people.get(item.ownerId ?? '');
    expect(matchesFilter(item, { ownerIds: [item.ownerId ?? ''] })).toBe(true);
    expect(matchesFilter(item, { text: owner?.name.split(' ')[0] ?? '' }, people)).toBe(true);
    expect(matchesFilter({ ...item, title: 'Malmö office move' }, { text: 'malmo' })).toBe(true);
    expect(matchesFilter(item, { goalIds: item.goalIds })).toBe(true);
    expect(matchesFilter(item, { goalIds: ['goal:other'] })).toBe(false);
  });

  it('finds items by their tags', () => {
    const item = find('Data platform');
    expect(matchesFilter(item, { text: 'q3 vote' })).toBe(false);
    expect(matchesFilter({ ...item, tags: ['Q3 vote #2'] }, { text: 'q3 vote' })).toBe(true);
  });

  it('shows the goals nothing serves yet', () => {
    expect(goalsWithoutItems(board).map((g) => g.title)).toEqual(['Hybrid work at its best']);
  });
});
