import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';

/**
 * Order is a fractional index string; ties (two people inserting at the same spot at
 * once) are broken by id, so every client sorts the same way.
 */
export interface Ordered {
  id: string;
  order: string;
}

export function compareOrder(a: Ordered, b: Ordered): number {
  if (a.order !== b.order) return a.order < b.order ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function sortByOrder<T extends Ordered>(records: Iterable<T>): T[] {
  return [...records].sort(compareOrder);
}

/** A key that sorts after every key in `sorted`. */
export function orderAfterLast(sorted: readonly Ordered[]): string {
  return generateKeyBetween(sorted.at(-1)?.order ?? null, null);
}

/**
 * The key for placing a record at `index` of `sorted` (which must not contain the record
 * being moved). Equal neighbours (a concurrent insert) are stepped over.
 */
export function orderAt(sorted: readonly Ordered[], index: number): string {
  const clamped = Math.max(0, Math.min(index, sorted.length));
  const before = sorted[clamped - 1]?.order ?? null;
  let after = sorted[clamped]?.order ?? null;
  if (before !== null && after !== null && before >= after) {
    let k = clamped;
    while (k < sorted.length && (sorted[k]?.order ?? '') <= before) k++;
    after = sorted[k]?.order ?? null;
  }
  return generateKeyBetween(before, after);
}

/**
 * The key a stored record sorts by when new keys are placed around it. A missing key
 * reads as `a0`, as the reader fills it; a malformed one gives null, since no key can be
 * built next to it (the reader reports that record instead of showing it).
 */
export function storedOrder(value: unknown): string | null {
  if (value === undefined) return 'a0';
  return isOrderKey(value) ? value : null;
}

/** `n` ascending keys for laying out new records in a known order. */
export function orderKeys(n: number): string[] {
  return generateNKeysBetween(null, null, n);
}

/** True when `key` is a well-formed fractional index (what the library can build on). */
export function isOrderKey(key: unknown): key is string {
  if (typeof key !== 'string' || key.length > 64) return false;
  try {
    generateKeyBetween(key, null);
    return true;
  } catch {
    return false;
  }
}
