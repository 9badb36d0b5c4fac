import type * as Y from 'yjs';
import { collection, type Entity, type Entry, type RecordOf, transact } from './doc.js';
import type { Fields } from './fields.js';
import { kickoffEntity } from './kickoff.js';
import { type Ordered, orderAfterLast, orderAt, sortByOrder, storedOrder } from './order.js';
import { ValidationError } from './problems.js';
import { createRecord, requireRef, updateRecord } from './records.js';

/**
 * The lists inside a kickoff (objectives, scope, deliverables, activities, stakeholders)
 * share one shape: `kickoffId` and an `order` key among the kickoff's other records of
 * the list (or of one part of it, like a side of the scope).
 */

type Group = (entry: Entry) => boolean;

/** The kickoff's records of a list in order, `except` one (the record being moved). */
export function kickoffOrders(
  doc: Y.Doc,
  entity: Entity,
  kickoffId: string,
  except?: string,
  group: Group = () => true,
): Ordered[] {
  const out: Ordered[] = [];
  collection(doc, entity.collection).forEach((entry, id) => {
    if (id === except || entry.get('kickoffId') !== kickoffId || !group(entry)) return;
    const order = storedOrder(entry.get('order'));
    if (order !== null) out.push({ id, order });
  });
  return sortByOrder(out);
}

export function requireKickoff(doc: Y.Doc, from: Entity, id: string, kickoffId: unknown): void {
  requireRef(doc, from, id, 'kickoffId', kickoffEntity, kickoffId);
}

export interface AddOptions<F extends Fields> {
  /** Where among the list to place it; at the end when absent. */
  index?: number | undefined;
  group?: Group;
  check?: (record: RecordOf<Entity<F>>) => void;
}

/** Adds a record to a kickoff's list, at `index` or at the end; returns its id. */
export function addToKickoff<F extends Fields>(
  doc: Y.Doc,
  entity: Entity<F>,
  kickoffId: string,
  input: Record<string, unknown>,
  opts: AddOptions<F> = {},
): string {
  const sorted = kickoffOrders(doc, entity, kickoffId, undefined, opts.group);
  const order = opts.index === undefined ? orderAfterLast(sorted) : orderAt(sorted, opts.index);
  return createRecord(doc, entity, { ...input, kickoffId, order }, (r) => {
    requireKickoff(doc, entity, r.id, r.kickoffId);
    opts.check?.(r);
  });
}

/** Edits a record of a kickoff's list; it stays in its kickoff and its place. */
export function updateInKickoff<F extends Fields>(
  doc: Y.Doc,
  entity: Entity<F>,
  id: string,
  patch: Record<string, unknown>,
  check?: (record: RecordOf<Entity<F>>) => void,
): void {
  for (const fixed of ['kickoffId', 'order']) {
    if (fixed in patch) {
      const reason = fixed === 'order' ? 'changes by moving the record' : 'cannot change: it stays in its kickoff';
      throw new ValidationError([{ collection: entity.collection, id, field: fixed, reason }]);
    }
  }
  updateRecord(doc, entity, id, patch, (r) => {
    requireKickoff(doc, entity, r.id, r.kickoffId);
    check?.(r);
  });
}

/** Moves a record to `index` among its kickoff's others (of its group), one write. */
export function reorderInKickoff(
  doc: Y.Doc,
  entity: Entity,
  id: string,
  index: number,
  group?: Group,
  patch: Record<string, unknown> = {},
): void {
  const entry = collection(doc, entity.collection).get(id);
  const kickoffId = String(entry?.get('kickoffId') ?? '');
  const order = orderAt(kickoffOrders(doc, entity, kickoffId, id, group), index);
  updateRecord(doc, entity, id, { ...patch, order });
}

export function deleteFromKickoff(doc: Y.Doc, entity: Entity, id: string): void {
  transact(doc, () => collection(doc, entity.collection).delete(id));
}
