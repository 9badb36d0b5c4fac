import {
  type BoardSnapshot,
  type Goal,
  type GroupBy,
  groupRows,
  type Item,
  type ItemFilter,
  isFilterEmpty,
  type Lane,
  matchesFilter,
  type Person,
  readMeta,
} from '@planroom/shared';
import * as Y from 'yjs';

export interface GroupInput {
  items: ReadonlyMap<string, Item>;
  /** Valid lanes in board order. */
  lanes: readonly Lane[];
  people: readonly Person[];
  goals: readonly Goal[];
}

export type RowKind = 'lane' | 'no-lane' | 'group';

/** A row of the roadmap as this person's view shows it. */
export interface VisibleGroup {
  key: string;
  kind: RowKind;
  title: string;
  /** The items shown (after filters), in board order. */
  itemIds: string[];
  /** How many items the row holds before filters. */
  total: number;
}

const EMPTY_META = readMeta(new Y.Doc()).meta;

/** What shared's `groupRows` and `goalsWithoutItems` read, built from the client's per-entity caches. */
export function snapshotOf(input: GroupInput): BoardSnapshot {
  return {
    meta: EMPTY_META,
    items: input.items as Map<string, Item>,
    lanes: [...input.lanes],
    deps: [],
    people: [...input.people],
    teams: [],
    goals: [...input.goals],
    assignments: [],
    problems: [],
  };
}

/**
 * The rows for a grouping with the filter applied. Items that fail the filter are left
 * out of every row and counted once in `hidden`; while a filter is on, rows left empty
 * are dropped too. Grouped by lane, the board always shows its lanes, and a "No lane" row
 * when some item has none (or when there are no lanes at all, so there is somewhere to add).
 */
export function visibleGroups(
  input: GroupInput,
  by: GroupBy,
  filter: ItemFilter,
): { groups: VisibleGroup[]; hidden: number } {
  const rows = groupRows(snapshotOf(input), by);
  if (by === 'lane' && !rows.some((r) => r.key === 'none') && input.lanes.length === 0) {
    rows.push({ key: 'none', title: 'No lane', itemIds: [] });
  }
  const filtering = !isFilterEmpty(filter);
  const people = filtering && filter.text?.trim() ? new Map(input.people.map((p) => [p.id, p])) : undefined;
  const passes = new Map<string, boolean>();
  const pass = (id: string) => {
    let ok = passes.get(id);
    if (ok === undefined) {
      const item = input.items.get(id);
      ok = !!item && matchesFilter(item, filter, people);
      passes.set(id, ok);
    }
    return ok;
  };
  const groups: VisibleGroup[] = [];
  for (const row of rows) {
    const itemIds = filtering ? row.itemIds.filter(pass) : row.itemIds;
    if (filtering && !itemIds.length) continue;
    const kind: RowKind = by !== 'lane' ? 'group' : row.key === 'none' ? 'no-lane' : 'lane';
    groups.push({ key: row.key, kind, title: row.title, itemIds, total: row.itemIds.length });
  }
  let hidden = 0;
  if (filtering) for (const id of input.items.keys()) if (!pass(id)) hidden++;
  return { groups, hidden };
}
