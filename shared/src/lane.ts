import type * as Y from 'yjs';
import { collection, defineEntity, type RecordOf, readEntry, transact } from './doc.js';
import { field, nullable, orderKey, text } from './fields.js';
import { orderAfterLast, orderAt, sortByOrder, storedOrder } from './order.js';
import { ValidationError } from './problems.js';
import { createRecord, updateRecord } from './records.js';

export const laneEntity = defineEntity({
  collection: 'lanes',
  kind: 'lane',
  fields: {
    title: field(text({ min: 1, max: 120 })),
    order: field(orderKey, 'a0'),
    /** What the lane stands for when a view groups by something (a program, a team…). */
    groupBy: field(nullable(text({ max: 200 })), null),
  },
});

/** A swimlane: a row of the roadmap. */
export type Lane = RecordOf<typeof laneEntity>;

export function readLane(id: string, entry: unknown) {
  return readEntry(laneEntity, id, entry);
}

function laneOrders(doc: Y.Doc, except?: string) {
  const out: Array<{ id: string; order: string }> = [];
  collection(doc, 'lanes').forEach((entry, id) => {
    const order = storedOrder(entry.get('order'));
    if (order !== null && id !== except) out.push({ id, order });
  });
  return sortByOrder(out);
}

export function createLane(doc: Y.Doc, input: { title: string; index?: number; groupBy?: string | null }): string {
  const sorted = laneOrders(doc);
  const order = input.index === undefined ? orderAfterLast(sorted) : orderAt(sorted, input.index);
  return createRecord(doc, laneEntity, { title: input.title, groupBy: input.groupBy ?? null, order });
}

export function renameLane(doc: Y.Doc, id: string, title: string): void {
  updateRecord(doc, laneEntity, id, { title });
}

/** Moves a lane to `index` among the other lanes. */
export function reorderLane(doc: Y.Doc, id: string, index: number): void {
  updateRecord(doc, laneEntity, id, { order: orderAt(laneOrders(doc, id), index) });
}

/**
 * Deletes a lane. Its items are never deleted with it: they move to the lane above (or
 * below, for the first lane). The last lane can only go once it is empty.
 */
export function deleteLane(doc: Y.Doc, id: string): void {
  transact(doc, () => {
    if (!collection(doc, 'lanes').has(id)) return;
    const lanes = laneOrders(doc);
    const at = lanes.findIndex((l) => l.id === id);
    // A lane with a malformed order key is not among `lanes`: its items go to the first lane.
    const heir = at < 0 ? (lanes[0] ?? null) : (lanes[at - 1] ?? lanes[at + 1] ?? null);
    const held = [...collection(doc, 'items').values()].filter((item) => item.get('laneId') === id);
    if (held.length && !heir) {
      throw new ValidationError([
        { collection: 'lanes', id, field: '', reason: 'is the last lane and still holds items' },
      ]);
    }
    for (const item of held) item.set('laneId', heir?.id ?? null);
    collection(doc, 'lanes').delete(id);
  });
}
