import type * as Y from 'yjs';
import { defineEntity, type RecordOf, readEntry, transact } from './doc.js';
import { field, orderKey, ref, text } from './fields.js';
import { addToKickoff, deleteFromKickoff, reorderInKickoff, updateInKickoff } from './kickoffList.js';
import { deleteRaciCells } from './raci.js';

export const activityEntity = defineEntity({
  collection: 'activities',
  kind: 'activity',
  fields: {
    kickoffId: field(ref('kickoff')),
    title: field(text({ min: 1, max: 200 })),
    order: field(orderKey, 'a0'),
  },
});

/** A RACI row that is not a deliverable: "Approve budget", "Run user tests". */
export type RaciActivity = RecordOf<typeof activityEntity>;

export function readActivity(id: string, entry: unknown) {
  return readEntry(activityEntity, id, entry);
}

export function addActivity(doc: Y.Doc, kickoffId: string, input: { title: string }, index?: number): string {
  return addToKickoff(doc, activityEntity, kickoffId, input, { index });
}

export function updateActivity(doc: Y.Doc, id: string, patch: { title: string }): void {
  updateInKickoff(doc, activityEntity, id, patch);
}

export function reorderActivity(doc: Y.Doc, id: string, index: number): void {
  reorderInKickoff(doc, activityEntity, id, index);
}

/** Deletes an activity and its row of the RACI matrix. */
export function deleteActivity(doc: Y.Doc, id: string): void {
  transact(doc, () => {
    deleteRaciCells(doc, (cell) => cell.get('row') === id);
    deleteFromKickoff(doc, activityEntity, id);
  });
}
