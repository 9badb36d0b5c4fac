import {
  collection,
  createItem,
  createLane,
  deleteItems,
  deleteLane,
  linkItems,
  moveItems,
  reorderLane,
  updateItem,
  ValidationError,
} from '@planroom/shared';
import type * as Y from 'yjs';
import type { Rand } from './prng.js';

function itemIds(doc: Y.Doc): string[] {
  return [...collection(doc, 'items').keys()].sort();
}

/** Lane ids in board order (what reorderLane's index counts). */
function laneIds(doc: Y.Doc): string[] {
  const lanes: Array<[string, string]> = [];
  collection(doc, 'lanes').forEach((entry, id) => {
    lanes.push([String(entry.get('order')), id]);
  });
  return lanes.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : 1)).map(([, id]) => id);
}

/** Children by parent id, for picking a parent with a child to move. */
function parentOf(doc: Y.Doc): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  collection(doc, 'items').forEach((entry, id) => {
    const parent = entry.get('parentId');
    if (typeof parent === 'string') pairs.push([parent, id]);
  });
  return pairs.sort();
}

type Edit = (doc: Y.Doc, r: Rand) => void;

const EDITS: readonly Edit[] = [
  (doc, r) => {
    const items = itemIds(doc);
    createItem(doc, {
      title: `New ${r.int(10_000)}`,
      start: '2026-02-02',
      laneId: r.pick(laneIds(doc)) ?? null,
      parentId: r.chance(0.4) ? (r.pick(items) ?? null) : null,
    });
  },
  (doc, r) => {
    const id = r.pick(itemIds(doc));
    if (id) moveItems(doc, [id], { days: r.int(21) - 10, ...(r.chance(0.3) ? { laneId: r.pick(laneIds(doc)) } : {}) });
  },
  (doc, r) => {
    const id = r.pick(itemIds(doc));
    if (id) updateItem(doc, id, { title: `Renamed ${r.int(10_000)}` });
  },
  (doc, r) => {
    const items = itemIds(doc);
    const id = r.pick(items);
    if (id) updateItem(doc, id, { parentId: r.pick(items) ?? null });
  },
  (doc, r) => {
    const items = itemIds(doc);
    if (items.length > 4) deleteItems(doc, [r.pick(items) as string]);
  },
  (doc, r) => {
    const items = itemIds(doc);
    const [from, to] = [r.pick(items), r.pick(items)];
    if (from && to && from !== to) linkItems(doc, { from, to });
  },
  (doc, r) => {
    const lanes = laneIds(doc);
    const id = r.pick(lanes);
    if (id) reorderLane(doc, id, r.int(lanes.length));
  },
  (doc, r) => {
    const lanes = laneIds(doc);
    if (lanes.length > 2) deleteLane(doc, r.pick(lanes) as string);
    else createLane(doc, { title: `Lane ${r.int(100)}` });
  },
];

/** One edit through shared's write functions, chosen by `r` from what `doc` holds. */
export function randomEdit(doc: Y.Doc, r: Rand): void {
  (r.pick(EDITS) as Edit)(doc, r);
}

function tolerate(fn: () => void): void {
  try {
    fn();
  } catch (err) {
    if (!(err instanceof ValidationError)) throw err;
  }
}

/**
 * A structural conflict between `a` (offline, about to come back) and `b`: a parent
 * deleted while its child moves, a link drawn to an item being deleted, or lanes
 * reordered while one is deleted.
 */
export function conflict(a: Y.Doc, b: Y.Doc, r: Rand): void {
  const kind = r.int(3);
  if (kind === 0) {
    const pair = r.pick(parentOf(a));
    if (!pair) return;
    tolerate(() => deleteItems(a, [pair[0]]));
    tolerate(() => moveItems(b, [pair[1]], { days: 1 + r.int(9) }));
  } else if (kind === 1) {
    const items = itemIds(a);
    const [from, doomed] = [r.pick(items), r.pick(items)];
    if (!from || !doomed || from === doomed) return;
    tolerate(() => deleteItems(a, [doomed]));
    tolerate(() => linkItems(b, { from, to: doomed }));
  } else {
    const lanes = laneIds(a);
    const [doomed, moved] = [r.pick(lanes), r.pick(lanes)];
    if (!doomed || !moved || lanes.length < 3) return;
    tolerate(() => deleteLane(a, doomed));
    tolerate(() => reorderLane(b, moved, r.int(lanes.length)));
  }
}
