import { isIsoDate } from './dates.js';
import { aKind, type IdKind, isIdOf } from './ids.js';
import { isOrderKey } from './order.js';

/** A field check returns the reason a value is wrong, or null when it is fine. */
export type Check = (value: unknown) => string | null;

export interface FieldSpec {
  check: Check;
  /** Used when the field is absent; a field without a default is required. */
  fallback?: () => unknown;
}

export type Fields = Record<string, FieldSpec>;

export function text(opts: { min?: number; max: number }): Check {
  const min = opts.min ?? 0;
  return (v) => {
    if (typeof v !== 'string') return 'must be text';
    if (v.trim().length < min) return min === 1 ? 'must not be empty' : `needs at least ${min} characters`;
    if (v.length > opts.max) return `must be at most ${opts.max} characters`;
    return null;
  };
}

export function oneOf<T extends string>(values: readonly T[]): Check {
  return (v) =>
    typeof v === 'string' && (values as readonly string[]).includes(v) ? null : `must be one of ${values.join(', ')}`;
}

export function num(opts: { min: number; max: number; integer?: boolean }): Check {
  return (v) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) return 'must be a number';
    if (opts.integer && !Number.isInteger(v)) return 'must be a whole number';
    if (v < opts.min || v > opts.max) return `must be between ${opts.min} and ${opts.max}`;
    return null;
  };
}

export const isoDate: Check = (v) => (isIsoDate(v) ? null : 'must be a date like 2026-03-31');

export function ref(kind: IdKind): Check {
  return (v) => (isIdOf(kind, v) ? null : `must be ${aKind(kind)} id`);
}

export function nullable(check: Check): Check {
  return (v) => (v === null ? null : check(v));
}

export function listOf(check: Check, max = 100): Check {
  return (v) => {
    if (!Array.isArray(v)) return 'must be a list';
    if (v.length > max) return `must hold at most ${max} entries`;
    for (const entry of v) {
      const reason = check(entry);
      if (reason) return `has an entry that ${reason}`;
    }
    return null;
  };
}

export const orderKey: Check = (v) => (isOrderKey(v) ? null : 'must be an order key like a0');

export const isoTimestamp: Check = (v) =>
  typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? null : 'must be a timestamp';

export interface FieldResult {
  record: Record<string, unknown>;
  /** field name -> reason */
  errors: Array<{ field: string; reason: string }>;
}

/**
 * Checks every known field of a raw record, filling absent fields that have a default.
 * Unknown fields are kept untouched so newer clients' data survives older readers.
 */
export function checkFields(fields: Fields, raw: Record<string, unknown>): FieldResult {
  const record: Record<string, unknown> = { ...raw };
  const errors: FieldResult['errors'] = [];
  for (const [field, spec] of Object.entries(fields)) {
    if (record[field] === undefined) {
      if (spec.fallback) {
        record[field] = spec.fallback();
        continue;
      }
      errors.push({ field, reason: 'is missing' });
      continue;
    }
    const reason = spec.check(record[field]);
    if (reason) errors.push({ field, reason });
  }
  return { record, errors };
}
