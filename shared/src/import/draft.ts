import { type BoardJson, emptyBoardJson } from '../boardJson.js';
import type { IsoDate } from '../dates.js';
import type { DepType } from '../dependency.js';
import { newId } from '../ids.js';
import type { ItemKind, Status } from '../item.js';
import { SCHEMA_VERSION } from '../migrations.js';
import { orderKeys } from '../order.js';

/** An item as a file describes it, before ids: `key` is the file's own (row, UID). */
export interface DraftItem {
  key: string;
  title: string;
  parent: string | null;
  /** Given by the file; otherwise the shape of the outline decides (`kindsFromShape`). */
  kind: ItemKind | null;
  milestone: boolean;
  start: IsoDate;
  end: IsoDate;
  status: Status;
  progress: number;
  owner: string | null;
  lane: string | null;
  notes: string;
}

export interface DraftDep {
  from: string;
  to: string;
  type: DepType;
  lagDays: number;
}

export interface DraftPerson {
  key: string;
  name: string;
  role: string;
  capacityHoursPerWeek: number;
}

export interface DraftAssignment {
  item: string;
  person: string;
  hoursPerWeek: number;
}

export interface Draft {
  name: string;
  items: DraftItem[];
  deps: DraftDep[];
  people: DraftPerson[];
  assignments: DraftAssignment[];
}

/** The lane for items that neither the file nor a top-level summary places. */
export const OTHER_LANE = 'Other items';

const PALETTE = ['#2f6fbf', '#2f7d32', '#a07a12', '#7b4bc4', '#c2417a', '#4d6275', '#b5542b', '#1f8a8a'];

/**
 * The kind of each item from the shape of the outline, where the file does not say:
 * a milestone flag makes a milestone; a top-level summary holding summaries is a program;
 * any other summary is a project; a leaf is a task, or a project when it stands alone at
 * the top (so a flat list shows as bars, not as orphan tasks).
 */
export function kindsFromShape(items: readonly DraftItem[]): Map<string, ItemKind> {
  const children = new Map<string, DraftItem[]>();
  for (const i of items) {
    if (!i.parent) continue;
    const kids = children.get(i.parent);
    if (kids) kids.push(i);
    else children.set(i.parent, [i]);
  }
  const kinds = new Map<string, ItemKind>();
  for (const i of items) {
    const kids = children.get(i.key) ?? [];
    let kind: ItemKind;
    if (i.kind) kind = i.kind;
    else if (i.milestone) kind = 'milestone';
    else if (kids.length && !i.parent && kids.some((k) => children.has(k.key))) kind = 'program';
    else if (kids.length || !i.parent) kind = 'project';
    else kind = 'task';
    kinds.set(i.key, kind);
  }
  return kinds;
}

/**
 * Lanes by name, in the order first met: the file's own lane; else the parent's; else a
 * top-level summary's own title (one lane per program, as PMOs draw them); else
 * "Other items". The outline must have no loop (the callers check it first).
 */
export function lanesFromShape(items: readonly DraftItem[]): Map<string, string> {
  const byKey = new Map(items.map((i) => [i.key, i]));
  const hasKids = new Set(items.flatMap((i) => (i.parent ? [i.parent] : [])));
  const lanes = new Map<string, string>();
  const laneOf = (i: DraftItem): string => {
    const known = lanes.get(i.key);
    if (known) return known;
    const parent = i.parent ? byKey.get(i.parent) : undefined;
    let lane: string;
    if (i.lane) lane = i.lane;
    else if (parent) lane = laneOf(parent);
    else lane = hasKids.has(i.key) ? i.title.slice(0, 120) : OTHER_LANE;
    lanes.set(i.key, lane);
    return lane;
  };
  for (const i of items) laneOf(i);
  return lanes;
}

/** Board JSON from a checked draft: fresh ids, items in file order, lanes in order met. */
export function draftToBoard(draft: Draft): BoardJson {
  const board = emptyBoardJson(SCHEMA_VERSION, draft.name, {
    name: draft.name,
    fiscalYearStartMonth: 1,
    weekStartsOn: 1,
  });
  const kinds = kindsFromShape(draft.items);
  const laneOfItem = lanesFromShape(draft.items);
  const laneNames = [...new Set(draft.items.map((i) => laneOfItem.get(i.key) ?? OTHER_LANE))];
  const laneIds = new Map(laneNames.map((n) => [n, newId('lane')]));
  const laneOrder = orderKeys(laneNames.length);
  board.lanes = laneNames.map((title, n) => ({ id: laneIds.get(title), title, order: laneOrder[n] }));
  const personIds = new Map(draft.people.map((p) => [p.key, newId('person')]));
  board.people = draft.people.map((p, n) => ({
    id: personIds.get(p.key),
    name: p.name,
    role: p.role,
    capacityHoursPerWeek: p.capacityHoursPerWeek,
    color: PALETTE[n % PALETTE.length],
  }));
  const itemIds = new Map(draft.items.map((i) => [i.key, newId('item')]));
  const order = orderKeys(draft.items.length);
  board.items = draft.items.map((i, n) => {
    const kind = kinds.get(i.key) ?? 'task';
    return {
      id: itemIds.get(i.key),
      kind,
      title: i.title,
      parentId: i.parent ? (itemIds.get(i.parent) ?? null) : null,
      laneId: laneIds.get(laneOfItem.get(i.key) ?? OTHER_LANE) ?? null,
      start: i.start,
      end: kind === 'milestone' ? i.start : i.end,
      status: i.status,
      progress: i.progress,
      ownerId: i.owner ? (personIds.get(i.owner) ?? null) : null,
      order: order[n],
      notes: i.notes,
    };
  });
  board.deps = draft.deps.map((d) => ({
    id: newId('dep'),
    from: itemIds.get(d.from),
    to: itemIds.get(d.to),
    type: d.type,
    lagDays: d.lagDays,
  }));
  board.assignments = draft.assignments.map((a) => ({
    id: newId('assignment'),
    itemId: itemIds.get(a.item),
    personId: personIds.get(a.person),
    role: '',
    hoursPerWeek: a.hoursPerWeek,
    percent: null,
  }));
  return board;
}

/** The key of the first item on a loop of parents, with the loop's titles, or null. */
export function parentLoop(items: readonly DraftItem[]): { key: string; titles: string[] } | null {
  const byKey = new Map(items.map((i) => [i.key, i]));
  const clear = new Set<string>();
  for (const start of items) {
    const path: string[] = [];
    const onPath = new Set<string>();
    let cur: DraftItem | undefined = start;
    while (cur && !clear.has(cur.key)) {
      if (onPath.has(cur.key)) {
        const from = path.indexOf(cur.key);
        const loop = path.slice(from).map((k) => byKey.get(k)?.title ?? k);
        return { key: cur.key, titles: [...loop, cur.title] };
      }
      onPath.add(cur.key);
      path.push(cur.key);
      cur = cur.parent ? byKey.get(cur.parent) : undefined;
    }
    for (const k of path) clear.add(k);
  }
  return null;
}
