import type { BoardSnapshot } from './board.js';
import { type Item, STATUSES, type Status } from './item.js';

export const GROUP_BY = ['lane', 'program', 'owner', 'status', 'goal'] as const;
export type GroupBy = (typeof GROUP_BY)[number];

export function isGroupBy(v: unknown): v is GroupBy {
  return typeof v === 'string' && (GROUP_BY as readonly string[]).includes(v);
}

export interface GroupRow {
  /** Stable across renders: the lane, program, person, status or goal id; `none` for the rest. */
  key: string;
  title: string;
  itemIds: string[];
}

export const STATUS_TITLES: Record<Status, string> = {
  'not-started': 'Not started',
  'on-track': 'On track',
  'at-risk': 'At risk',
  'off-track': 'Off track',
  done: 'Done',
};

const byTitle = (a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title);

/** The nearest program at or above an item, if any. */
function programOf(item: Item, items: ReadonlyMap<string, Item>): string | null {
  let at: Item | undefined = item;
  for (let depth = 0; at && depth < 64; depth++) {
    if (at.kind === 'program') return at.id;
    at = at.parentId ? items.get(at.parentId) : undefined;
  }
  return null;
}

function bucket(rows: GroupRow[], none: string, keyOf: (item: Item) => readonly string[], items: Iterable<Item>) {
  const index = new Map(rows.map((r) => [r.key, r]));
  const rest: GroupRow = { key: 'none', title: none, itemIds: [] };
  for (const item of items) {
    const keys = keyOf(item).filter((k) => index.has(k));
    if (!keys.length) rest.itemIds.push(item.id);
    for (const k of keys) index.get(k)?.itemIds.push(item.id);
  }
  return rest.itemIds.length ? [...rows, rest] : rows;
}

/**
 * Rows of the roadmap for a view grouped by lane, program, owner, status or goal. A view
 * setting, never a change to the board. Lanes and goals keep their order and show even
 * when empty; an item serving two goals shows in both; whatever fits no row goes last.
 */
export function groupRows(board: Pick<BoardSnapshot, 'items' | 'lanes' | 'people' | 'goals'>, by: GroupBy): GroupRow[] {
  const items = [...board.items.values()];
  const empty = (key: string, title: string): GroupRow => ({ key, title, itemIds: [] });
  switch (by) {
    case 'lane':
      return bucket(
        board.lanes.map((l) => empty(l.id, l.title)),
        'No lane',
        (i) => (i.laneId ? [i.laneId] : []),
        items,
      );
    case 'program': {
      const programs = items.filter((i) => i.kind === 'program').sort(byTitle);
      return bucket(
        programs.map((p) => empty(p.id, p.title)),
        'No program',
        (i) => {
          const p = programOf(i, board.items);
          return p ? [p] : [];
        },
        items,
      );
    }
    case 'owner': {
      const people = [...board.people].sort((a, b) => a.name.localeCompare(b.name));
      return bucket(
        people.map((p) => empty(p.id, p.name)),
        'Unassigned',
        (i) => (i.ownerId ? [i.ownerId] : []),
        items,
      );
    }
    case 'status':
      return bucket(
        STATUSES.map((s) => empty(s, STATUS_TITLES[s])),
        'Other',
        (i) => [i.status],
        items,
      );
    case 'goal':
      return bucket(
        board.goals.map((g) => empty(g.id, g.title)),
        'No goal',
        (i) => i.goalIds,
        items,
      );
  }
}
