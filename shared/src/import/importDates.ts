import { type IsoDate, isIsoDate } from '../dates.js';

/** How a slashed date like 03/04/2026 is read: day first (Europe) or month first (US). */
export type DateOrder = 'dmy' | 'mdy';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const DAY_MONTH_NAME = /^(\d{1,2})[ -]([a-z]{3,9})\.?[ ,-]*(\d{4})$/i;
const MONTH_NAME_DAY = /^([a-z]{3,9})\.? (\d{1,2}),? (\d{4})$/i;

function iso(y: number, m: number, d: number): IsoDate | null {
  const out = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isIsoDate(out) ? out : null;
}

function monthNumber(name: string): number {
  const i = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  // "Sept" and "September" are fine; "Mayday" is not a month
  const full = name.toLowerCase();
  return i >= 0 && (full.length === 3 || full === 'sept' || MONTH_FULL[i] === full) ? i + 1 : 0;
}

const MONTH_FULL = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/**
 * A calendar day from what spreadsheets write: `2026-03-31` (a time after it is dropped),
 * `31/03/2026` or `03/31/2026` by `order`, `31.03.2026`, `31 Mar 2026`, `31-Mar-2026`,
 * `March 31, 2026`. Null when the text is none of these or not a real day (31/02).
 */
export function parseDate(text: string, order: DateOrder = 'dmy'): IsoDate | null {
  const s = text.trim();
  let m = ISO.exec(s);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = SLASHED.exec(s);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    return order === 'dmy' ? iso(Number(m[3]), b, a) : iso(Number(m[3]), a, b);
  }
  m = DOTTED.exec(s);
  if (m) return iso(Number(m[3]), Number(m[2]), Number(m[1]));
  m = DAY_MONTH_NAME.exec(s);
  if (m) {
    const month = monthNumber(m[2] ?? '');
    return month ? iso(Number(m[3]), month, Number(m[1])) : null;
  }
  m = MONTH_NAME_DAY.exec(s);
  if (m) {
    const month = monthNumber(m[1] ?? '');
    return month ? iso(Number(m[3]), month, Number(m[2])) : null;
  }
  return null;
}

/**
 * Guesses the slash order from the values themselves: a first part above 12 can only be
 * a day, a second part above 12 only a day too. Day first when nothing tells.
 */
export function guessDateOrder(values: Iterable<string>): DateOrder {
  for (const v of values) {
    const m = SLASHED.exec(v.trim());
    if (!m) continue;
    if (Number(m[1]) > 12) return 'dmy';
    if (Number(m[2]) > 12) return 'mdy';
  }
  return 'dmy';
}
