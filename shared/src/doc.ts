import * as Y from 'yjs';
import { checkFields, type Fields, type FieldsType } from './fields.js';
import type { IdKind } from './ids.js';
import { type Problem, ValidationError } from './problems.js';

/** The collections schema 2 added: a kickoff and what it holds. */
export const KICKOFF_COLLECTIONS = [
  'kickoffs',
  'objectives',
  'scope',
  'deliverables',
  'activities',
  'stakeholders',
  'decisions',
  'raci',
  'kpis',
  'risks',
] as const;

/** Top-level shared types of a board. Names are a contract: add, never rename. */
export const COLLECTIONS = [
  'items',
  'lanes',
  'deps',
  'people',
  'teams',
  'assignments',
  'goals',
  ...KICKOFF_COLLECTIONS,
  'comments',
  'baselines',
] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

export type Entry = Y.Map<unknown>;

/** Origin of every edit made through the write functions; undo tracks only this. */
export const LOCAL_ORIGIN = { name: 'planroom-local' } as const;

export function metaMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap('meta');
}

export function collection(doc: Y.Doc, name: CollectionName): Y.Map<Entry> {
  return doc.getMap<Entry>(name);
}

export function transact<T>(doc: Y.Doc, fn: () => T, origin: unknown = LOCAL_ORIGIN): T {
  let result: T | undefined;
  doc.transact(() => {
    result = fn();
  }, origin);
  return result as T;
}

/**
 * A record as plain JSON: Y.Text becomes a string, nested Y types become JSON. A nested
 * map's keys are sorted: replicas that received its entries in different orders export
 * the same JSON.
 */
export function toPlain(entry: Entry): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  entry.forEach((value, key) => {
    if (value instanceof Y.Map) out[key] = sortedKeys(value.toJSON());
    else out[key] = value instanceof Y.AbstractType ? value.toJSON() : value;
  });
  return out;
}

function sortedKeys(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Y.AbstractType);
}

/** A record's shape: its collection, id prefix, fields, and which fields are Y.Text. */
export interface Entity<F extends Fields = Fields> {
  collection: CollectionName;
  kind: IdKind;
  fields: F;
  textFields?: readonly string[];
  /**
   * Fields stored as a nested Y.Map (a KPI's values by date): two people adding different
   * keys at once both keep theirs, where a plain object would be replaced whole.
   */
  mapFields?: readonly string[];
  /**
   * Checks across fields, run once every field is valid on its own. (A method, so an
   * entity with its own fields still passes where any entity is taken.)
   */
  refine?(record: FieldsType<F>): Array<{ field: string; reason: string }>;
}

/** Declares an entity, keeping its fields' types so that `RecordOf` can derive the record. */
export function defineEntity<F extends Fields>(entity: Entity<F>): Entity<F> {
  return entity;
}

/** The record an entity's checks let through: its id and every field, typed by its check. */
export type RecordOf<E> = E extends Entity<infer F> ? Flat<{ id: string } & FieldsType<F>> : never;

/** One object type instead of an intersection, so editors show the record's fields. */
type Flat<T> = { [K in keyof T]: T[K] } & {};

export interface Checked<T> {
  record: T | null;
  problems: Problem[];
}

/** Lenient check of one raw record: defaults filled, problems listed, never throws. */
export function checkRecord<F extends Fields>(
  entity: Entity<F>,
  id: string,
  raw: Record<string, unknown>,
): Checked<RecordOf<Entity<F>>> {
  const { record, errors } = checkFields(entity.fields, raw);
  // every field passed its check here, so the record has the fields' types
  if (!errors.length && entity.refine) errors.push(...entity.refine(record as FieldsType<F>));
  const problems = errors.map((e) => ({ collection: entity.collection, id, field: e.field, reason: e.reason }));
  return { record: problems.length ? null : ({ ...record, id } as RecordOf<Entity<F>>), problems };
}

/** Reads one stored record leniently. */
export function readEntry<F extends Fields>(
  entity: Entity<F>,
  id: string,
  entry: unknown,
): Checked<RecordOf<Entity<F>>> {
  if (!(entry instanceof Y.Map)) {
    return {
      record: null,
      problems: [{ collection: entity.collection, id, field: '', reason: 'is not a record' }],
    };
  }
  return checkRecord(entity, id, toPlain(entry));
}

/** Throws a ValidationError unless a record for writing is complete and valid. */
export function requireValid<F extends Fields>(
  entity: Entity<F>,
  id: string,
  raw: Record<string, unknown>,
): RecordOf<Entity<F>> {
  const { record, problems } = checkRecord(entity, id, raw);
  if (!record) throw new ValidationError(problems);
  return record;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * Rewrites only the span that differs, so two people editing different parts of the same
 * notes both keep their words when the edits merge (replacing the whole text would
 * duplicate it). The span never splits an emoji's surrogate pair.
 */
function replaceText(text: Y.Text, next: string): void {
  const current = text.toString();
  if (current === next) return;
  const shorter = Math.min(current.length, next.length);
  let head = 0;
  while (head < shorter && current[head] === next[head]) head++;
  if (head > 0 && isHighSurrogate(current.charCodeAt(head - 1))) head--;
  let tail = 0;
  while (tail < shorter - head && current[current.length - 1 - tail] === next[next.length - 1 - tail]) tail++;
  if (tail > 0 && isLowSurrogate(current.charCodeAt(current.length - tail))) tail--;
  const removed = current.length - head - tail;
  if (removed > 0) text.delete(head, removed);
  if (next.length - head - tail > 0) text.insert(head, next.slice(head, next.length - tail));
}

function setField(entity: Entity, entry: Entry, key: string, value: unknown): void {
  if (key === 'id' || value === undefined) return;
  // A text field holding something else (from imported JSON) is stored as it is, so the
  // reader reports it instead of it silently becoming empty.
  if (entity.textFields?.includes(key) && typeof value === 'string') {
    const current = entry.get(key);
    if (current instanceof Y.Text) {
      replaceText(current, value);
      return;
    }
    entry.set(key, new Y.Text(value));
    return;
  }
  if (entity.mapFields?.includes(key) && isPlainObject(value)) {
    const current = entry.get(key);
    if (current instanceof Y.Map) replaceMap(current, value);
    else entry.set(key, new Y.Map(Object.entries(value)));
    return;
  }
  if (entry.get(key) !== value) entry.set(key, value);
}

/** Writes only the keys that changed, so concurrent edits of other keys survive. */
function replaceMap(map: Y.Map<unknown>, next: Record<string, unknown>): void {
  for (const key of [...map.keys()]) if (!Object.hasOwn(next, key)) map.delete(key);
  for (const [key, value] of Object.entries(next)) if (map.get(key) !== value) map.set(key, value);
}

/** Writes a new record as one Y.Map (one map per entity, so field edits merge). */
export function insertEntry(doc: Y.Doc, entity: Entity, id: string, record: Record<string, unknown>): void {
  const entry = new Y.Map<unknown>();
  collection(doc, entity.collection).set(id, entry);
  for (const [key, value] of Object.entries(record)) setField(entity, entry, key, value);
}

/** Writes only the fields that changed, so concurrent edits of other fields survive. */
export function patchEntry(entity: Entity, entry: Entry, patch: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(patch)) setField(entity, entry, key, value);
}

export function getEntry(doc: Y.Doc, entity: Entity, id: string): Entry {
  const entry = collection(doc, entity.collection).get(id);
  if (!(entry instanceof Y.Map)) {
    throw new ValidationError([{ collection: entity.collection, id, field: '', reason: 'does not exist' }]);
  }
  return entry;
}
