import { type CountableTimeInterval, utcMonday, utcMonth } from 'd3-time';
import { utcFormat } from 'd3-time-format';
import { type IsoDate, toDayNumber } from './dates.js';

/**
 * The one calendar module: every weekday, week start, ISO week and fiscal quarter in
 * Planroom (shared, server and client) comes from here, on d3-time's UTC intervals. Board
 * dates are calendar days, so they are read as UTC midnight and no time zone shifts them.
 */

const MS_PER_DAY = 86_400_000;
const dayDate = (day: number) => new Date(day * MS_PER_DAY);
const dateDay = (d: Date) => Math.round(d.getTime() / MS_PER_DAY);
const isoDate = (d: Date): IsoDate => d.toISOString().slice(0, 10);
const isoYear = utcFormat('%G');
const isoWeekNumber = utcFormat('%V');

/** Monday = 0 … Sunday = 6, for a day number (days since 1970-01-01). */
export function weekdayOfDay(day: number): number {
  return (dayDate(day).getUTCDay() + 6) % 7;
}

/** Monday = 0 … Sunday = 6. */
export function isoWeekday(date: IsoDate): number {
  return weekdayOfDay(toDayNumber(date));
}

/** Saturday or Sunday, for a day number. */
export function isWeekendDay(day: number): boolean {
  return weekdayOfDay(day) >= 5;
}

/** The Monday on or before a day number. */
export function mondayOfDay(day: number): number {
  return dateDay(utcMonday.floor(dayDate(day)));
}

/** The Monday on or before `date`. */
export function mondayOf(date: IsoDate): IsoDate {
  return isoDate(utcMonday.floor(dayDate(toDayNumber(date))));
}

/**
 * ISO 8601 week: weeks start on Monday and week 1 holds the year's first Thursday, so
 * 2026-12-31 is in week 53 of 2026 and 2027-01-01 is too.
 */
export function isoWeek(date: IsoDate): { year: number; week: number } {
  const d = dayDate(toDayNumber(date));
  return { year: Number(isoYear(d)), week: Number(isoWeekNumber(d)) };
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

/** The months that start a fiscal quarter when the fiscal year starts in `startMonth`, as a d3 interval (UTC). */
export function fiscalQuarterInterval(startMonth = 1): CountableTimeInterval {
  const offset = (((startMonth - 1) % 3) + 3) % 3;
  return utcMonth.filter((d) => (d.getUTCMonth() - offset + 12) % 3 === 0) as unknown as CountableTimeInterval;
}

/** First day of the fiscal quarter holding `date`. */
export function fiscalQuarterStart(date: IsoDate, startMonth = 1): IsoDate {
  return isoDate(fiscalQuarterInterval(startMonth).floor(dayDate(toDayNumber(date))));
}
