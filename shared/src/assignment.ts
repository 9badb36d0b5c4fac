import type * as Y from 'yjs';
import { collection, type Entity, readEntry, transact } from './doc.js';
import { nullable, num, ref, text } from './fields.js';
import { itemEntity } from './item.js';
import { personEntity } from './person.js';
import { createRecord, requireRef, updateRecord } from './records.js';

/**
 * Someone (or, with `personId` null, a role still to be staffed) working on an item for
 * `hoursPerWeek` over the item's dates.
 */
export interface Assignment {
  id: string;
  itemId: string;
  personId: string | null;
  /** What the work needs when nobody is staffed yet, e.g. "Backend developer". */
  role: string;
  hoursPerWeek: number;
}

export const assignmentEntity: Entity = {
  collection: 'assignments',
  kind: 'assignment',
  fields: {
    itemId: { check: ref('item') },
    personId: { check: nullable(ref('person')), fallback: () => null },
    role: { check: text({ max: 120 }), fallback: () => '' },
    hoursPerWeek: { check: num({ min: 0.5, max: 168 }) },
  },
};

export function readAssignment(id: string, entry: unknown) {
  return readEntry<Assignment>(assignmentEntity, id, entry);
}

function checkRefs(doc: Y.Doc) {
  return (a: Assignment) => {
    requireRef(doc, assignmentEntity, a.id, 'itemId', itemEntity, a.itemId);
    requireRef(doc, assignmentEntity, a.id, 'personId', personEntity, a.personId);
  };
}

export function assignPerson(
  doc: Y.Doc,
  input: Omit<Assignment, 'id' | 'role' | 'personId'> & Partial<Pick<Assignment, 'role' | 'personId'>>,
): string {
  return createRecord<Assignment>(doc, assignmentEntity, input, checkRefs(doc));
}

export function updateAssignment(doc: Y.Doc, id: string, patch: Partial<Omit<Assignment, 'id'>>): void {
  updateRecord<Assignment>(doc, assignmentEntity, id, patch, checkRefs(doc));
}

export function unassign(doc: Y.Doc, id: string): void {
  transact(doc, () => collection(doc, 'assignments').delete(id));
}
