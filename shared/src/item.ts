import type * as Y from 'yjs';
import { addDays, type IsoDate, isIsoDate, toDayNumber } from './dates.js';
import {
  collection,
  defineEntity,
  getEntry,
  insertEntry,
  patchEntry,
  type RecordOf,
  readEntry,
  requireValid,
  toPlain,
  transact,
} from './doc.js';
import { field, isoDate, listOf, nullable, num, oneOf, orderKey, ref, text } from './fields.js';
import { childrenByParent } from './hierarchy.js';
import { newId } from './ids.js';
import { forgetItems, KICKOFF_ITEM_KINDS, kickoffIdFor } from './kickoffLinks.js';
import { orderAfterLast, sortByOrder, storedOrder } from './order.js';
import { ValidationError } from './problems.js';

export const ITEM_KINDS = ['portfolio', 'program', 'project', 'milestone', 'task'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export const STATUSES = ['not-started', 'on-track', 'at-risk', 'off-track', 'done'] as const;
export type Status = (typeof STATUSES)[number];

export const itemEntity = defineEntity({
  collection: 'items',
  kind: 'item',
  textFields: ['notes'],
  fields: {
    kind: field(oneOf(ITEM_KINDS), 'project'),
    title: field(text({ min: 1, max: 200 })),
    parentId: field(nullable(ref('item')), null),
    laneId: field(nullable(ref('lane')), null),
    start: field(isoDate),
    /** Inclusive: a one-day task has start === end. */
    end: field(isoDate),
    status: field(oneOf(STATUSES), 'not-started'),
    progress: field(num({ min: 0, max: 100 }), 0),
    ownerId: field(nullable(ref('person')), null),
    goalIds: field(listOf(ref('goal')), () => []),
    /** Free labels ("Q3 vote #1", "Regulatory"): shown on the item and found by search. */
    tags: field(listOf(text({ min: 1, max: 40 }), 20), () => []),
    order: field(orderKey, 'a0'),
    notes: field(text({ max: 100_000 }), ''),
  },
  refine: ({ start, end, kind }) => {
    if (toDayNumber(end) < toDayNumber(start)) return [{ field: 'end', reason: `is before start ${start}` }];
    if (kind === 'milestone' && start !== end) return [{ field: 'end', reason: 'must equal start for a milestone' }];
    return [];
  },
});

export type Item = RecordOf<typeof itemEntity>;

export function readItem(id: string, entry: unknown) {
  return readEntry(itemEntity, id, entry);
}

export type NewItem = Partial<Omit<Item, 'id'>> & Pick<Item, 'title' | 'start'>;

function fail(id: string, field: string, reason: string): never {
  throw new ValidationError([{ collection: 'items', id, field, reason }]);
}

/** References must point at records that exist, and the parent chain must not loop. */
function checkRefs(doc: Y.Doc, item: Item): void {
  if (item.laneId && !collection(doc, 'lanes').has(item.laneId))
    fail(item.id, 'laneId', 'points at a lane that does not exist');
  if (item.ownerId && !collection(doc, 'people').has(item.ownerId))
    fail(item.id, 'ownerId', 'points at a person who does not exist');
  const items = collection(doc, 'items');
  let parent = item.parentId;
  for (let depth = 0; parent; depth++) {
    if (parent === item.id || depth > 64) fail(item.id, 'parentId', 'would make the item its own ancestor');
    const entry = items.get(parent);
    if (!entry) fail(item.id, 'parentId', 'points at an item that does not exist');
    parent = (entry.get('parentId') as string | null | undefined) ?? null;
  }
}

/** An item with a kickoff stays a project or program while it has one. */
function checkKickoffKind(doc: Y.Doc, item: Item): void {
  if (!KICKOFF_ITEM_KINDS.includes(item.kind) && collection(doc, 'kickoffs').has(kickoffIdFor(item.id)))
    fail(item.id, 'kind', `cannot become a ${item.kind} while it has a kickoff (projects and programs have one)`);
}

function laneOrders(doc: Y.Doc, laneId: string | null) {
  const out: Array<{ id: string; order: string }> = [];
  collection(doc, 'items').forEach((entry, id) => {
    const order = storedOrder(entry.get('order'));
    if (order !== null && entry.get('laneId') === laneId) out.push({ id, order });
  });
  return sortByOrder(out);
}

/** Creates an item; `id` is given only where it follows from another record (a deliverable's milestone). */
export function createItem(doc: Y.Doc, input: NewItem, id: string = newId('item')): string {
  const kind = input.kind ?? 'project';
  // A start that is not a date is reported by validation below; only a real date has a default end.
  const end = input.end ?? (kind !== 'milestone' && isIsoDate(input.start) ? addDays(input.start, 13) : input.start);
  return transact(doc, () => {
    const order = input.order ?? orderAfterLast(laneOrders(doc, input.laneId ?? null));
    const item = requireValid(itemEntity, id, { ...input, kind, end, order });
    checkRefs(doc, item);
    insertEntry(doc, itemEntity, id, item as unknown as Record<string, unknown>);
    return id;
  });
}

export type ItemPatch = Partial<Omit<Item, 'id'>>;

/**
 * Validates every patch first and writes only when all are valid: Yjs has no rollback,
 * so a refused edit must not have written anything yet.
 */
function applyPatches(doc: Y.Doc, patches: ReadonlyArray<readonly [string, ItemPatch]>): void {
  const entries = patches.map(([id, patch]) => {
    const entry = getEntry(doc, itemEntity, id);
    const item = requireValid(itemEntity, id, { ...toPlain(entry), ...patch });
    checkRefs(doc, item);
    if (patch.kind !== undefined) checkKickoffKind(doc, item);
    return entry;
  });
  transact(doc, () => {
    patches.forEach(([, patch], i) => {
      patchEntry(itemEntity, entries[i] as Y.Map<unknown>, patch as Record<string, unknown>);
    });
  });
}

/** Edits fields of one item; only the changed fields are written. */
export function updateItem(doc: Y.Doc, id: string, patch: ItemPatch): void {
  applyPatches(doc, [[id, patch]]);
}

export interface MoveBy {
  days: number;
  /** Moves every item to this lane too, when given. */
  laneId?: string | null;
}

/** Shifts items in time (and optionally to a lane), keeping durations: one undo step. */
export function moveItems(doc: Y.Doc, ids: readonly string[], by: MoveBy): void {
  moveItemsBy(
    doc,
    ids.map((id) => ({ id, days: by.days, laneId: by.laneId })),
  );
}

export interface Move {
  id: string;
  days: number;
  /** A lane to move to as well, when given. */
  laneId?: string | null | undefined;
}

/**
 * With each moved item, its descendants not moved in their own right: a project takes its
 * tasks and milestones along in time (they keep their lanes), from its nearest moved
 * ancestor.
 */
function withDescendants(doc: Y.Doc, moves: readonly Move[]): Move[] {
  const parents: Array<readonly [string, { parentId: string | null }]> = [];
  collection(doc, 'items').forEach((entry, id) => {
    const parentId = entry.get('parentId');
    parents.push([id, { parentId: typeof parentId === 'string' ? parentId : null }]);
  });
  const children = childrenByParent(parents);
  const listed = new Set(moves.map((m) => m.id));
  const out = [...moves];
  const added = new Set<string>();
  for (const move of moves) {
    const stack = [move.id];
    while (stack.length) {
      for (const kid of children.get(stack.pop() as string) ?? []) {
        // a listed item carries its own subtree; `added` also ends a merged loop of parents
        if (listed.has(kid) || added.has(kid)) continue;
        added.add(kid);
        out.push({ id: kid, days: move.days });
        stack.push(kid);
      }
    }
  }
  return out;
}

/**
 * Moves each item by its own number of days (a dragged item and its knock-on
 * successors), its descendants along, all in one transaction and one undo step.
 */
export function moveItemsBy(doc: Y.Doc, requested: readonly Move[]): void {
  const moves = withDescendants(doc, requested);
  const targets = new Map<string | null, Array<{ id: string; order: string }>>();
  const patches = moves.map(({ id, days, laneId }) => {
    if (!Number.isInteger(days)) fail(id, 'start', 'can only move by whole days');
    const entry = getEntry(doc, itemEntity, id);
    const start = String(entry.get('start'));
    const end = String(entry.get('end'));
    if (!isIsoDate(start) || !isIsoDate(end)) fail(id, 'start', 'needs valid dates before it can be moved');
    const patch: ItemPatch = { start: addDays(start, days), end: addDays(end, days) };
    if (laneId !== undefined && laneId !== entry.get('laneId')) {
      const target = targets.get(laneId) ?? laneOrders(doc, laneId);
      targets.set(laneId, target);
      patch.laneId = laneId;
      patch.order = orderAfterLast(target);
      target.push({ id, order: patch.order });
    }
    return [id, patch] as const;
  });
  applyPatches(doc, patches);
}

export function moveItem(doc: Y.Doc, id: string, by: MoveBy): void {
  moveItems(doc, [id], by);
}

/** Moves one end of an item; the other end stays. */
export function resizeItem(doc: Y.Doc, id: string, ends: { start?: IsoDate; end?: IsoDate }): void {
  updateItem(doc, id, ends);
}

/**
 * Deletes items with their dependencies, assignments, comments and kickoffs (kickoffLinks.ts says
 * what else lets go of them). Children of a deleted item move
 * up to its parent rather than vanish with it.
 */
export function deleteItems(doc: Y.Doc, ids: readonly string[]): void {
  const doomed = new Set(ids);
  transact(doc, () => {
    const items = collection(doc, 'items');
    // children by parent, read once: deleting a selection must not scan the board per item
    const children = new Map<string, Y.Map<unknown>[]>();
    items.forEach((child) => {
      const parentId = child.get('parentId');
      if (typeof parentId === 'string' && doomed.has(parentId))
        children.set(parentId, [...(children.get(parentId) ?? []), child]);
    });
    for (const id of doomed) {
      const entry = items.get(id);
      if (!entry) continue;
      // A merge of two offline edits can leave a parent loop: walk it once, not forever.
      const walked = new Set([id]);
      let parent = (entry.get('parentId') as string | null | undefined) ?? null;
      while (parent && doomed.has(parent) && !walked.has(parent)) {
        walked.add(parent);
        parent = (items.get(parent)?.get('parentId') as string | null | undefined) ?? null;
      }
      if (parent && doomed.has(parent)) parent = null;
      for (const child of children.get(id) ?? []) child.set('parentId', parent);
    }
    for (const id of doomed) items.delete(id);
    const deps = collection(doc, 'deps');
    deps.forEach((dep, depId) => {
      if (doomed.has(dep.get('from') as string) || doomed.has(dep.get('to') as string)) deps.delete(depId);
    });
    for (const name of ['assignments', 'comments'] as const) {
      const records = collection(doc, name);
      records.forEach((r, rId) => {
        if (doomed.has(r.get('itemId') as string)) records.delete(rId);
      });
    }
    forgetItems(doc, doomed);
  });
}

export function deleteItem(doc: Y.Doc, id: string): void {
  deleteItems(doc, [id]);
}
