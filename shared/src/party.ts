import type * as Y from 'yjs';
import { collection } from './doc.js';
import { check } from './fields.js';
import { isIdOf } from './ids.js';
import { ValidationError } from './problems.js';

/**
 * Someone a kickoff names (a sponsor, a budget owner, who took a decision): a person on
 * the board, or someone outside it by name. Stored as one value, so two people picking
 * at once leave one choice, never a mix of both.
 */
export type Party = { personId: string } | { name: string };

const PARTY_SHAPE = 'must be { personId } for someone on the board or { name } for someone outside it';

export const party = check<Party>((value) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return PARTY_SHAPE;
  const keys = Object.keys(value);
  const { personId, name } = value as Record<string, unknown>;
  if (keys.length !== 1) return PARTY_SHAPE;
  if (keys[0] === 'personId') return isIdOf('person', personId) ? null : 'must name a person by a person id';
  if (keys[0] !== 'name') return PARTY_SHAPE;
  if (typeof name !== 'string' || !name.trim()) return 'must have a name that is not empty';
  return name.length > 120 ? 'must have a name of at most 120 characters' : null;
});

/** The person a party names, when it names one on the board. */
export function partyPersonId(p: Party | null): string | null {
  return p && 'personId' in p ? p.personId : null;
}

/**
 * A party whose person is gone (deleted while someone picked them) reads as nobody, as a
 * person whose team is gone has no team: the kickoff that names them still shows.
 */
export function withExistingPerson(p: Party | null, people: { has(id: string): boolean }): Party | null {
  const personId = partyPersonId(p);
  return personId !== null && !people.has(personId) ? null : p;
}

/** How a party reads in words: the person's name, or the outside name. */
export function partyName(p: Party | null, people: ReadonlyMap<string, { name: string }>): string | null {
  if (!p) return null;
  return 'name' in p ? p.name : (people.get(p.personId)?.name ?? null);
}

/** Throws when a party names a person who is not on the board. */
export function requireParty(doc: Y.Doc, at: { collection: string; id: string; field: string }, p: Party | null): void {
  const personId = partyPersonId(p);
  if (personId && !collection(doc, 'people').has(personId))
    throw new ValidationError([{ ...at, reason: 'points at a person that does not exist' }]);
}
