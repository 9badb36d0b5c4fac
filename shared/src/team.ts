import type * as Y from 'yjs';
import { collection, type Entity, readEntry, transact } from './doc.js';
import { orderKey, text } from './fields.js';
import { orderAfterLast, orderAt, sortByOrder, storedOrder } from './order.js';
import { createRecord, updateRecord } from './records.js';

export interface Team {
  id: string;
  name: string;
  order: string;
}

export const teamEntity: Entity = {
  collection: 'teams',
  kind: 'team',
  fields: {
    name: { check: text({ min: 1, max: 120 }) },
    order: { check: orderKey, fallback: () => 'a0' },
  },
};

export function readTeam(id: string, entry: unknown) {
  return readEntry<Team>(teamEntity, id, entry);
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
  return createRecord<Team>(doc, teamEntity, { name: input.name, order: orderAfterLast(teamOrders(doc)) });
}

/** Moves a team to `index` among the other teams. */
export function reorderTeam(doc: Y.Doc, id: string, index: number): void {
  updateRecord<Team>(doc, teamEntity, id, { order: orderAt(teamOrders(doc, id), index) });
}

export function renameTeam(doc: Y.Doc, id: string, name: string): void {
  updateRecord<Team>(doc, teamEntity, id, { name });
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
