import type * as Y from 'yjs';
import { type IsoDate, isIsoDate, toDayNumber } from './dates.js';
import { collection, type Entity, readEntry, transact } from './doc.js';
import { listOf, nullable, num, ref, text } from './fields.js';
import { createRecord, requireRef, updateRecord } from './records.js';
import { teamEntity } from './team.js';

export interface Person {
  id: string;
  name: string;
  role: string;
  teamId: string | null;
  capacityHoursPerWeek: number;
  color: string;
  /** Holidays, leave, training: whole days (inclusive) with no capacity. */
  timeOff: TimeOff[];
}

export interface TimeOff {
  start: IsoDate;
  end: IsoDate;
}

const checkTimeOff = (v: unknown): string | null => {
  if (typeof v !== 'object' || v === null) return 'must be a period { start, end }';
  const { start, end } = v as Record<string, unknown>;
  if (!isIsoDate(start) || !isIsoDate(end)) return 'must have start and end dates like 2026-07-01';
  return toDayNumber(end) < toDayNumber(start) ? 'must not end before it starts' : null;
};

const COLOR = /^#[0-9a-fA-F]{6}$/;

export const personEntity: Entity = {
  collection: 'people',
  kind: 'person',
  fields: {
    name: { check: text({ min: 1, max: 120 }) },
    role: { check: text({ max: 120 }), fallback: () => '' },
    teamId: { check: nullable(ref('team')), fallback: () => null },
    capacityHoursPerWeek: { check: num({ min: 0.5, max: 168 }), fallback: () => 40 },
    color: {
      check: (v) => (typeof v === 'string' && COLOR.test(v) ? null : 'must be a colour like #3366cc'),
      fallback: () => '#5b6b8c',
    },
    timeOff: { check: listOf(checkTimeOff, 400), fallback: () => [] },
  },
};

export function readPerson(id: string, entry: unknown) {
  return readEntry<Person>(personEntity, id, entry);
}

export type NewPerson = Partial<Omit<Person, 'id'>> & Pick<Person, 'name'>;

export function createPerson(doc: Y.Doc, input: NewPerson): string {
  return createRecord<Person>(doc, personEntity, input, (p) =>
    requireRef(doc, personEntity, p.id, 'teamId', teamEntity, p.teamId),
  );
}

export function updatePerson(doc: Y.Doc, id: string, patch: Partial<Omit<Person, 'id'>>): void {
  updateRecord<Person>(doc, personEntity, id, patch, (p) =>
    requireRef(doc, personEntity, id, 'teamId', teamEntity, p.teamId),
  );
}

/**
 * Deletes a person. Their items stay (without an owner) and their assignments become
 * unstaffed demand for the same hours, for the person's role when the assignment named none.
 */
export function deletePerson(doc: Y.Doc, id: string): void {
  transact(doc, () => {
    const role = String(collection(doc, 'people').get(id)?.get('role') ?? '');
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
