import { fiscalQuarter, quarterLabel } from './calendar.js';
import { addDays, type IsoDate } from './dates.js';

/**
 * One fiscal quarter as the status view names it. The key (`2027-Q1`) is what a link
 * carries: the fiscal year (named after the calendar year it ends in, as in
 * `fiscalQuarter`) and the quarter, so a link means the same months to everyone on a
 * board, whatever their time zone.
 */
export interface Quarter {
  key: string;
  fiscalYear: number;
  quarter: 1 | 2 | 3 | 4;
  /** First and last day, inclusive. */
  start: IsoDate;
  end: IsoDate;
  /** "Q1 2027", or "FY27 Q1" when the fiscal year does not start in January. */
  label: string;
}

const KEY = /^(\d{4})-Q([1-4])$/;

function monthStart(year: number, monthIndex: number): IsoDate {
  const y = year + Math.floor(monthIndex / 12);
  const m = ((monthIndex % 12) + 12) % 12;
  return `${String(y).padStart(4, '0')}-${String(m + 1).padStart(2, '0')}-01`;
}

function build(fiscalYear: number, quarter: 1 | 2 | 3 | 4, startMonth: number): Quarter {
  // The fiscal year starts in the calendar year before the one it is named after, unless it starts in January.
  const firstYear = startMonth === 1 ? fiscalYear : fiscalYear - 1;
  const first = startMonth - 1 + (quarter - 1) * 3;
  const start = monthStart(firstYear, first);
  const end = addDays(monthStart(firstYear, first + 3), -1);
  return { key: `${fiscalYear}-Q${quarter}`, fiscalYear, quarter, start, end, label: quarterLabel(start, startMonth) };
}

/** The fiscal quarter holding a date. */
export function quarterOf(date: IsoDate, startMonth = 1): Quarter {
  const { fiscalYear, quarter } = fiscalQuarter(date, startMonth);
  return build(fiscalYear, quarter, startMonth);
}

/** A quarter from its key (`2027-Q1`), or null when the key is not one. */
export function parseQuarterKey(key: string | null | undefined, startMonth = 1): Quarter | null {
  const m = KEY.exec(key?.trim() ?? '');
  if (!m) return null;
  return build(Number(m[1]), Number(m[2]) as 1 | 2 | 3 | 4, startMonth);
}

/** The quarter `by` quarters later (earlier when negative). */
export function shiftQuarter(q: Quarter, by: number, startMonth = 1): Quarter {
  const index = q.fiscalYear * 4 + (q.quarter - 1) + by;
  return build(Math.floor(index / 4), ((index % 4) + 1) as 1 | 2 | 3 | 4, startMonth);
}

// ISO dates (`YYYY-MM-DD`, fixed width) sort as text in date order: comparing them as
// strings skips parsing, which a report over thousands of milestones would do per check.

/** Whether a day lies in the quarter (both ends included). */
export function inQuarter(q: Pick<Quarter, 'start' | 'end'>, date: IsoDate): boolean {
  return date >= q.start && date <= q.end;
}

/** Whether [start, end] overlaps the quarter. */
export function overlapsQuarter(q: Pick<Quarter, 'start' | 'end'>, start: IsoDate, end: IsoDate): boolean {
  return start <= q.end && end >= q.start;
}
