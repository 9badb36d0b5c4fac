import type * as Y from 'yjs';
import { metaMap, transact } from './doc.js';
import { checkFields, type Fields, isoTimestamp, num, text } from './fields.js';
import { type Problem, ValidationError } from './problems.js';

export interface Meta {
  schemaVersion: number;
  name: string;
  /** 1 = January. Fiscal quarters start here. */
  fiscalYearStartMonth: number;
  /** 1 = Monday (ISO, the default in Sweden and Denmark), 0 = Sunday. */
  weekStartsOn: 0 | 1;
  createdAt: string;
}

export const metaFields: Fields = {
  schemaVersion: { check: num({ min: 0, max: 1_000_000, integer: true }), fallback: () => 0 },
  name: { check: text({ min: 1, max: 120 }), fallback: () => 'Untitled board' },
  fiscalYearStartMonth: { check: num({ min: 1, max: 12, integer: true }), fallback: () => 1 },
  weekStartsOn: { check: (v) => (v === 0 || v === 1 ? null : 'must be 0 (Sunday) or 1 (Monday)'), fallback: () => 1 },
  createdAt: { check: isoTimestamp, fallback: () => new Date(0).toISOString() },
};

const DEFAULT_META: Omit<Meta, 'schemaVersion' | 'createdAt' | 'name'> = { fiscalYearStartMonth: 1, weekStartsOn: 1 };

/** Reads meta leniently: a bad field falls back to its default and is reported. */
export function readMeta(doc: Y.Doc): { meta: Meta; problems: Problem[] } {
  const { record, errors } = checkFields(metaFields, metaMap(doc).toJSON());
  const problems = errors.map((e) => ({ collection: 'meta', id: '', field: e.field, reason: e.reason }));
  for (const e of errors) record[e.field] = metaFields[e.field]?.fallback?.();
  return { meta: record as unknown as Meta, problems };
}

export function setMeta(doc: Y.Doc, patch: Partial<Omit<Meta, 'schemaVersion' | 'createdAt'>>): void {
  const { errors } = checkFields(metaFields, { ...metaMap(doc).toJSON(), ...patch });
  if (errors.length) {
    throw new ValidationError(errors.map((e) => ({ collection: 'meta', id: '', field: e.field, reason: e.reason })));
  }
  transact(doc, () => {
    for (const [k, v] of Object.entries(patch)) metaMap(doc).set(k, v);
  });
}

export function defaultMeta(name: string, now: Date): Omit<Meta, 'schemaVersion'> {
  return { ...DEFAULT_META, name, createdAt: now.toISOString() };
}
