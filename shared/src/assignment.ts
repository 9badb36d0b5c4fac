import type * as Y from 'yjs';
import { collection, defineEntity, type RecordOf, readEntry, transact } from './doc.js';
import { field, nullable, num, ref, text } from './fields.js';
import { itemEntity } from './item.js';
import { personEntity } from './person.js';
import { createRecord, requireRef, updateRecord } from './records.js';

/**
 * Someone (or, with `personId` null, a role still to be staffed) working on an item over
 * the item's dates, for either fixed `hoursPerWeek` or a `percent` of their capacity (of a
 * 40-hour full-time week for unstaffed demand). Exactly one of the two is set.
 */
export type Assignment = RecordOf<typeof assignmentEntity>;

export const assignmentEntity = defineEntity({
  collection: 'assignments',
  kind: 'assignment',
  fields: {
    itemId: field(ref('item')),
    personId: field(nullable(ref('person')), null),
    /** What the work needs when nobody is staffed yet, e.g. "Backend developer". */
    role: field(text({ max: 120 }), ''),
    hoursPerWeek: field(nullable(num({ min: 0.5, max: 168 })), null),
    percent: field(nullable(num({ min: 1, max: 200 })), null),
  },
  refine: (r) => {
    if (r.hoursPerWeek === null && r.percent === null)
      return [{ field: 'hoursPerWeek', reason: 'or percent is needed' }];
    if (r.hoursPerWeek !== null && r.percent !== null)
      return [{ field: 'percent', reason: 'cannot be set together with hoursPerWeek' }];
    return [];
  },
});

export function readAssignment(id: string, entry: unknown) {
  return readEntry(assignmentEntity, id, entry);
}

function checkRefs(doc: Y.Doc) {
  return (a: Assignment) => {
    requireRef(doc, assignmentEntity, a.id, 'itemId', itemEntity, a.itemId);
    requireRef(doc, assignmentEntity, a.id, 'personId', personEntity, a.personId);
  };
}

export function assignPerson(
  doc: Y.Doc,
  input: Pick<Assignment, 'itemId'> & Partial<Omit<Assignment, 'id' | 'itemId'>>,
): string {
  return createRecord(doc, assignmentEntity, input, checkRefs(doc));
}

export function updateAssignment(doc: Y.Doc, id: string, patch: Partial<Omit<Assignment, 'id'>>): void {
  updateRecord(doc, assignmentEntity, id, patch, checkRefs(doc));
}

export function unassign(doc: Y.Doc, id: string): void {
  transact(doc, () => collection(doc, 'assignments').delete(id));
}

/**
 * An assignment counts (in loads, demand and team totals) only when its item exists and
 * its person, if it names one, does too: the rest is listed as needing attention.
 */
export function assignmentCounts(
  assignment: Pick<Assignment, 'itemId' | 'personId'>,
  items: { has(id: string): boolean },
  people: { has(id: string): boolean },
): boolean {
  return items.has(assignment.itemId) && (assignment.personId === null || people.has(assignment.personId));
}
