import * as v from 'valibot';
import { type IsoDate, isIsoDate } from './dates.js';
import { aKind, type IdKind, isIdOf } from './ids.js';
import { isOrderKey } from './order.js';

/**
 * Field checks are valibot schemas, each with the reason a user reads when a value is
 * wrong ("must be a date like 2026-03-31"). Record types are derived from them (see
 * `FieldsType` and `RecordOf` in doc.ts), so a field cannot be added to the check and
 * forgotten in the type. shared/README.md says why valibot (bench/validate.ts).
 */
export type Check<T> = v.GenericSchema<unknown, T>;

/** A field's schema: a check, possibly with a default for when the value is absent. */
export type FieldSchema = v.GenericSchema<unknown, unknown>;

export type Fields = Record<string, FieldSchema>;

/** The type of a valid record with these fields: what each field's check lets through. */
export type FieldsType<F extends Fields> = { -readonly [K in keyof F]: v.InferOutput<F[K]> };

/** A check written as a plain function that returns the reason a value is wrong, or null. */
export function check<T>(reason: (value: unknown) => string | null): Check<T> {
  return v.custom<T>(
    (value) => reason(value) === null,
    (issue) => reason(issue.input) ?? 'is not valid',
  );
}

/**
 * A field: its check, and the default an absent value gets (none: the field is required):
 * a value, or a function for defaults that must be fresh each time (lists).
 */
export function field<T>(schema: Check<T>): Check<T>;
export function field<T>(schema: Check<T>, fallback: NoInfer<T> | (() => NoInfer<T>)): Check<T>;
export function field<T>(schema: Check<T>, fallback?: T | (() => T)): Check<T> {
  if (fallback === undefined) return schema;
  // valibot calls a function default for each record, so lists are never shared
  return v.optional(schema, fallback as never) as unknown as Check<T>;
}

export function text(opts: { min?: number; max: number }): Check<string> {
  const min = opts.min ?? 0;
  return v.pipe(
    v.string('must be text'),
    v.check((s) => s.trim().length >= min, min === 1 ? 'must not be empty' : `needs at least ${min} characters`),
    v.maxLength(opts.max, `must be at most ${opts.max} characters`),
  );
}

export function oneOf<const T extends string | number>(values: readonly T[]): Check<T> {
  return v.picklist(values as T[], `must be one of ${values.join(', ')}`) as unknown as Check<T>;
}

export function num(opts: { min: number; max: number; integer?: boolean }): Check<number> {
  const range = `must be between ${opts.min} and ${opts.max}`;
  const number = v.pipe(v.number('must be a number'), v.finite('must be a number'));
  const whole = opts.integer ? v.pipe(number, v.integer('must be a whole number')) : number;
  return v.pipe(whole, v.minValue(opts.min, range), v.maxValue(opts.max, range));
}

export const isoDate: Check<IsoDate> = v.custom<IsoDate>(isIsoDate, 'must be a date like 2026-03-31');

export function ref(kind: IdKind): Check<string> {
  return v.custom<string>((value) => isIdOf(kind, value), `must be ${aKind(kind)} id`);
}

export function nullable<T>(inner: Check<T>): Check<T | null> {
  return v.nullable(inner);
}

export function listOf<T>(entry: Check<T>, max = 100): Check<T[]> {
  return v.pipe(v.array(entry, 'must be a list'), v.maxLength(max, `must hold at most ${max} entries`));
}

export const hexColour: Check<string> = v.pipe(
  v.string('must be a colour like #3366cc'),
  v.regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #3366cc'),
);

export const orderKey: Check<string> = v.custom<string>(isOrderKey, 'must be an order key like a0');

export const isoTimestamp: Check<string> = v.custom<string>(
  (value) => typeof value === 'string' && !Number.isNaN(Date.parse(value)),
  'must be a timestamp',
);

/** Says why a value fails a check (the first reason), or null when it passes. */
export function reasonOf(schema: FieldSchema, value: unknown): string | null {
  const result = v.safeParse(schema, value, { abortEarly: true });
  const issue = result.issues?.[0];
  return issue ? describe(issue, 0) : null;
}

/** A list's entry is reported against the list: "has an entry that must not be empty". */
function describe(issue: v.BaseIssue<unknown>, depth: number): string {
  return (issue.path?.length ?? 0) > depth ? `has an entry that ${issue.message}` : issue.message;
}

export interface FieldResult {
  record: Record<string, unknown>;
  errors: Array<{ field: string; reason: string }>;
}

/** One loose-object schema per set of fields, built once. */
const schemas = new WeakMap<Fields, v.GenericSchema<unknown, Record<string, unknown>>>();

function recordSchema(fields: Fields) {
  let schema = schemas.get(fields);
  if (!schema) {
    schema = v.looseObject(fields) as unknown as v.GenericSchema<unknown, Record<string, unknown>>;
    schemas.set(fields, schema);
  }
  return schema;
}

/**
 * Checks every known field of a raw record, filling absent fields that have a default,
 * and lists every bad field (one reason each). Unknown fields are kept untouched so newer
 * clients' data survives older readers.
 */
export function checkFields(fields: Fields, raw: Record<string, unknown>): FieldResult {
  const result = v.safeParse(recordSchema(fields), raw, { abortPipeEarly: true });
  if (result.success) return { record: result.output, errors: [] };
  const errors: FieldResult['errors'] = [];
  const seen = new Set<string>();
  for (const issue of result.issues) {
    const name = String(issue.path?.[0]?.key ?? '');
    if (seen.has(name)) continue;
    seen.add(name);
    const missing = issue.input === undefined && issue.path?.length === 1 && !(name in raw && raw[name] !== undefined);
    errors.push({ field: name, reason: missing && issue.type === 'loose_object' ? 'is missing' : describe(issue, 1) });
  }
  return { record: { ...raw }, errors };
}

/** The default a field gets when absent, or undefined when it has none. */
export function fieldDefault(schema: FieldSchema): unknown {
  return v.getDefault(schema as v.GenericSchema);
}
