import { type IsoDate, toDayNumber } from './dates.js';

/** Monday = 0 … Sunday = 6 (1970-01-01, day 0, was a Thursday). */
export function isoWeekday(date: IsoDate): number {
  return (((toDayNumber(date) + 3) % 7) + 7) % 7;
}

/**
 * ISO 8601 week: weeks start on Monday and week 1 holds the year's first Thursday, so
 * 2026-12-31 is in week 53 of 2026 and 2027-01-01 is too.
 */
export function isoWeek(date: IsoDate): { year: number; week: number } {
  const day = toDayNumber(date);
  const thursday = day - isoWeekday(date) + 3;
  const year = new Date(thursday * 86_400_000).getUTCFullYear();
  const jan1 = Math.round(Date.UTC(year, 0, 1) / 86_400_000);
  return { year, week: Math.floor((thursday - jan1) / 7) + 1 };
}

export type WeekLocale = 'en' | 'sv' | 'da';

/** "W47", "v. 47" (Swedish: vecka), "uge 47" (Danish). */
export function weekLabel(week: number, locale: WeekLocale = 'en'): string {
  if (locale === 'sv') return `v. ${week}`;
  if (locale === 'da') return `uge ${week}`;
  return `W${week}`;
}

/**
 * Fiscal quarter of a date when the fiscal year starts in `startMonth` (1 = January). A
 * fiscal year is named after the calendar year it ends in: with a July start,
 * 2026-07-01 is FY2027 Q1.
 */
export function fiscalQuarter(date: IsoDate, startMonth = 1): { fiscalYear: number; quarter: 1 | 2 | 3 | 4 } {
  const [year, month] = date.split('-').map(Number) as [number, number];
  const offset = (month - startMonth + 12) % 12;
  const fiscalYear = startMonth === 1 || month < startMonth ? year : year + 1;
  return { fiscalYear, quarter: (Math.floor(offset / 3) + 1) as 1 | 2 | 3 | 4 };
}

/** "Q3 2026" for calendar years, "FY27 Q1" for fiscal years that start later. */
export function quarterLabel(date: IsoDate, startMonth = 1): string {
  const { fiscalYear, quarter } = fiscalQuarter(date, startMonth);
  return startMonth === 1 ? `Q${quarter} ${fiscalYear}` : `FY${String(fiscalYear).slice(-2)} Q${quarter}`;
}

/** First day of the fiscal quarter holding `date`. */
export function fiscalQuarterStart(date: IsoDate, startMonth = 1): IsoDate {
  const [year, month] = date.split('-').map(Number) as [number, number];
  const offset = (month - startMonth + 12) % 12;
  const back = offset % 3;
  const m = month - back;
  const [y, mm] = m < 1 ? [year - 1, m + 12] : [year, m];
  return `${y}-${String(mm).padStart(2, '0')}-01`;
}
