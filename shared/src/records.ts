import type * as Y from 'yjs';
import {
  type CollectionName,
  collection,
  type Entity,
  getEntry,
  insertEntry,
  patchEntry,
  type RecordOf,
  requireValid,
  toPlain,
  transact,
} from './doc.js';
import type { Fields } from './fields.js';
import { aKind, newId } from './ids.js';
import { type Ordered, sortByOrder, storedOrder } from './order.js';
import { ValidationError } from './problems.js';

/** Validates and inserts one record in its own transaction; returns the new id. */
export function createRecord<F extends Fields>(
  doc: Y.Doc,
  entity: Entity<F>,
  input: Record<string, unknown>,
  check?: (r: RecordOf<Entity<F>>) => void,
): string {
  const id = newId(entity.kind);
  return transact(doc, () => {
    const record = requireValid(entity, id, input);
    check?.(record);
    insertEntry(doc, entity, id, record as Record<string, unknown>);
    return id;
  });
}

/** Validates the record as it would be after the patch, then writes only the patch. */
export function updateRecord<F extends Fields>(
  doc: Y.Doc,
  entity: Entity<F>,
  id: string,
  patch: Record<string, unknown>,
  check?: (r: RecordOf<Entity<F>>) => void,
): void {
  transact(doc, () => {
    const entry = getEntry(doc, entity, id);
    const record = requireValid(entity, id, { ...toPlain(entry), ...patch });
    check?.(record);
    patchEntry(entity, entry, patch);
  });
}

/** Throws when `id` is set but names no record of `target`. */
export function requireRef(doc: Y.Doc, from: Entity, id: string, field: string, target: Entity, ref: unknown): void {
  if (ref === null || ref === undefined) return;
  if (typeof ref !== 'string' || !collection(doc, target.collection).has(ref)) {
    throw new ValidationError([
      { collection: from.collection, id, field, reason: `points at ${aKind(target.kind)} that does not exist` },
    ]);
  }
}

/** A collection's records in order, `except` one (the record being moved), for placing a key. */
export function recordOrders(doc: Y.Doc, name: CollectionName, except?: string): Ordered[] {
  const out: Ordered[] = [];
  collection(doc, name).forEach((entry, id) => {
    const order = storedOrder(entry.get('order'));
    if (order !== null && id !== except) out.push({ id, order });
  });
  return sortByOrder(out);
}
