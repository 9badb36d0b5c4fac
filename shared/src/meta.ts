import type * as Y from 'yjs';
import { metaMap, transact } from './doc.js';
import {
  check,
  checkFields,
  type Fields,
  type FieldsType,
  field,
  fieldDefault,
  isoTimestamp,
  num,
  text,
} from './fields.js';
import { type Problem, ValidationError } from './problems.js';

export const metaFields = {
  schemaVersion: field(num({ min: 0, max: 1_000_000, integer: true }), 0),
  name: field(text({ min: 1, max: 120 }), 'Untitled board'),
  /** 1 = January. Fiscal quarters start here. */
  fiscalYearStartMonth: field(num({ min: 1, max: 12, integer: true }), 1),
  /** 1 = Monday (ISO, the default in Sweden and Denmark), 0 = Sunday. */
  weekStartsOn: field(
    check<0 | 1>((v) => (v === 0 || v === 1 ? null : 'must be 0 (Sunday) or 1 (Monday)')),
    1,
  ),
  createdAt: field(isoTimestamp, () => new Date(0).toISOString()),
} satisfies Fields;

export type Meta = FieldsType<typeof metaFields>;

const DEFAULT_META: Omit<Meta, 'schemaVersion' | 'createdAt' | 'name'> = { fiscalYearStartMonth: 1, weekStartsOn: 1 };

/** Reads meta leniently: a bad field falls back to its default and is reported. */
export function readMeta(doc: Y.Doc): { meta: Meta; problems: Problem[] } {
  const { record, errors } = checkFields(metaFields, metaMap(doc).toJSON());
  const problems = errors.map((e) => ({ collection: 'meta', id: '', field: e.field, reason: e.reason }));
  for (const e of errors) {
    const schema = (metaFields as Fields)[e.field];
    record[e.field] = schema ? fieldDefault(schema) : undefined;
  }
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
