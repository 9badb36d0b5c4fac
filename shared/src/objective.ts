import type * as Y from 'yjs';
import { defineEntity, type RecordOf, readEntry } from './doc.js';
import { field, isoDate, nullable, orderKey, ref, text } from './fields.js';
import { addToKickoff, deleteFromKickoff, reorderInKickoff, updateInKickoff } from './kickoffList.js';

export const objectiveEntity = defineEntity({
  collection: 'objectives',
  kind: 'objective',
  fields: {
    kickoffId: field(ref('kickoff')),
    text: field(text({ min: 1, max: 500 })),
    /** What is measured, e.g. "Days from signed contract to first invoice". */
    measure: field(text({ max: 200 }), ''),
    /** The value to reach, as people write it: "≤ 7 days", "+10 NPS". */
    target: field(text({ max: 100 }), ''),
    /** When the target is to be reached. */
    date: field(nullable(isoDate), null),
    order: field(orderKey, 'a0'),
  },
});

/** What the project is for, measurable once it has a measure, a target and a date. */
export type Objective = RecordOf<typeof objectiveEntity>;

export function readObjective(id: string, entry: unknown) {
  return readEntry(objectiveEntity, id, entry);
}

export type ObjectiveFields = Partial<Pick<Objective, 'measure' | 'target' | 'date'>> & Pick<Objective, 'text'>;

export function addObjective(doc: Y.Doc, kickoffId: string, input: ObjectiveFields, index?: number): string {
  return addToKickoff(doc, objectiveEntity, kickoffId, input, { index });
}

export function updateObjective(doc: Y.Doc, id: string, patch: Partial<ObjectiveFields>): void {
  updateInKickoff(doc, objectiveEntity, id, patch);
}

export function reorderObjective(doc: Y.Doc, id: string, index: number): void {
  reorderInKickoff(doc, objectiveEntity, id, index);
}

export function deleteObjective(doc: Y.Doc, id: string): void {
  deleteFromKickoff(doc, objectiveEntity, id);
}
