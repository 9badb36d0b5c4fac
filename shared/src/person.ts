import type * as Y from 'yjs';
import { type IsoDate, isIsoDate, toDayNumber } from './dates.js';
import { collection, defineEntity, type RecordOf, readEntry, transact } from './doc.js';
import { check, field, hexColour, listOf, nullable, num, ref, text } from './fields.js';
import { forgetPerson } from './kickoffLinks.js';
import { createRecord, requireRef, updateRecord } from './records.js';
import { teamEntity } from './team.js';

export interface TimeOff {
  start: IsoDate;
  end: IsoDate;
}

const checkTimeOff = check<TimeOff>((v) => {
  if (typeof v !== 'object' || v === null) return 'must be a period { start, end }';
  const { start, end } = v as Record<string, unknown>;
  if (!isIsoDate(start) || !isIsoDate(end)) return 'must have start and end dates like 2026-07-01';
  return toDayNumber(end) < toDayNumber(start) ? 'must not end before it starts' : null;
});

export const personEntity = defineEntity({
  collection: 'people',
  kind: 'person',
  fields: {
    name: field(text({ min: 1, max: 120 })),
    role: field(text({ max: 120 }), ''),
    teamId: field(nullable(ref('team')), null),
    capacityHoursPerWeek: field(num({ min: 0.5, max: 168 }), 40),
    color: field(hexColour, '#5b6b8c'),
    /** Holidays, leave, training: whole days (inclusive) with no capacity. */
    timeOff: field(listOf(checkTimeOff, 400), () => []),
  },
});

export type Person = RecordOf<typeof personEntity>;

export function readPerson(id: string, entry: unknown) {
  return readEntry(personEntity, id, entry);
}

export type NewPerson = Partial<Omit<Person, 'id'>> & Pick<Person, 'name'>;

export function createPerson(doc: Y.Doc, input: NewPerson): string {
  return createRecord(doc, personEntity, input, (p) =>
    requireRef(doc, personEntity, p.id, 'teamId', teamEntity, p.teamId),
  );
}

export function updatePerson(doc: Y.Doc, id: string, patch: Partial<Omit<Person, 'id'>>): void {
  updateRecord(doc, personEntity, id, patch, (p) => requireRef(doc, personEntity, id, 'teamId', teamEntity, p.teamId));
}

/**
 * Deletes a person. Their items stay (without an owner) and their assignments become
 * unstaffed demand for the same hours, for the person's role when the assignment named none.
 * Kickoffs keep naming them as someone outside the board (kickoffLinks.ts).
 */
export function deletePerson(doc: Y.Doc, id: string): void {
  transact(doc, () => {
    const entry = collection(doc, 'people').get(id);
    const role = String(entry?.get('role') ?? '');
    if (entry) forgetPerson(doc, id, { name: String(entry.get('name') ?? ''), role });
    collection(doc, 'assignments').forEach((a) => {
      if (a.get('personId') !== id) return;
      a.set('personId', null);
      if (!a.get('role') && role) a.set('role', role);
    });
    collection(doc, 'items').forEach((item) => {
      if (item.get('ownerId') === id) item.set('ownerId', null);
    });
    collection(doc, 'people').delete(id);
  });
}

/**
 * A person whose team is gone (deleted while someone moved them into it) simply has no
 * team: the same person, or a copy with `teamId: null`. Readers and capacity agree on it.
 */
export function withExistingTeam<P extends { teamId: string | null }>(
  person: P,
  teams: { has(id: string): boolean },
): P {
  return person.teamId && !teams.has(person.teamId) ? { ...person, teamId: null } : person;
}
