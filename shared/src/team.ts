import type * as Y from 'yjs';
import { collection, defineEntity, type RecordOf, readEntry, transact } from './doc.js';
import { field, orderKey, text } from './fields.js';
import { orderAfterLast, orderAt, sortByOrder, storedOrder } from './order.js';
import { createRecord, updateRecord } from './records.js';

export const teamEntity = defineEntity({
  collection: 'teams',
  kind: 'team',
  fields: {
    name: field(text({ min: 1, max: 120 })),
    order: field(orderKey, 'a0'),
  },
});

export type Team = RecordOf<typeof teamEntity>;

export function readTeam(id: string, entry: unknown) {
  return readEntry(teamEntity, id, entry);
}

/** Teams in order (except `except`), for placing a key among them. */
function teamOrders(doc: Y.Doc, except?: string) {
  const sorted: Array<{ id: string; order: string }> = [];
  collection(doc, 'teams').forEach((t, id) => {
    const order = storedOrder(t.get('order'));
    if (order !== null && id !== except) sorted.push({ id, order });
  });
  return sortByOrder(sorted);
}

export function createTeam(doc: Y.Doc, input: { name: string }): string {
  return createRecord(doc, teamEntity, { name: input.name, order: orderAfterLast(teamOrders(doc)) });
}

/** Moves a team to `index` among the other teams. */
export function reorderTeam(doc: Y.Doc, id: string, index: number): void {
  updateRecord(doc, teamEntity, id, { order: orderAt(teamOrders(doc, id), index) });
}

export function renameTeam(doc: Y.Doc, id: string, name: string): void {
  updateRecord(doc, teamEntity, id, { name });
}

/** Deletes a team; its people stay on the board without a team. */
export function deleteTeam(doc: Y.Doc, id: string): void {
  transact(doc, () => {
    collection(doc, 'people').forEach((p) => {
      if (p.get('teamId') === id) p.set('teamId', null);
    });
    collection(doc, 'teams').delete(id);
  });
}
