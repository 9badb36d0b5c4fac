import {
  addDays,
  fiscalQuarterStart,
  type IsoDate,
  isoWeek,
  type LoadWindow,
  loadWindow,
  quarterLabel,
  toDayNumber,
} from '@planroom/shared';
import { dateFormat } from '../i18n/format';

/**
 * Weeks of a capacity report on the time axis. A report counts whole Monday-to-Sunday
 * weeks from `window.start`; these helpers say which of them a range of days shows, and
 * which make up a quarter.
 */

export interface WeekCell {
  /** Index into the report's weekly arrays. */
  index: number;
  /** Day number of the week's Monday. */
  startDay: number;
  /** The Monday as an ISO date (what `data-week` carries). */
  monday: IsoDate;
  /** ISO week number (1-53). */
  week: number;
}

/** The weeks of the report that overlap the days [fromDay, toDay). */
export function weeksOverlapping(window: LoadWindow, fromDay: number, toDay: number): WeekCell[] {
  const origin = toDayNumber(window.start);
  const first = Math.max(0, Math.floor((fromDay - origin) / 7));
  const last = Math.min(window.weeks, Math.ceil((toDay - origin) / 7));
  const out: WeekCell[] = [];
  for (let index = first; index < last; index++) {
    const monday = addDays(window.start, index * 7);
    out.push({ index, startDay: origin + index * 7, monday, week: isoWeek(monday).week });
  }
  return out;
}

/**
 * The weeks [from, to) that belong to the days [fromDay, toDay): those whose Thursday
 * falls inside, as ISO weeks belong to years. A period's totals then count every week
 * once, even where a week straddles the period's edge.
 */
export function weekRange(window: LoadWindow, fromDay: number, toDay: number): [number, number] {
  const thursday0 = toDayNumber(window.start) + 3;
  const from = Math.ceil((fromDay - thursday0) / 7);
  const to = Math.ceil((toDay - thursday0) / 7);
  const clamp = (w: number) => Math.max(0, Math.min(window.weeks, w));
  return [clamp(from), Math.max(clamp(from), clamp(to))];
}

function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m] = date.split('-').map(Number) as [number, number];
  const total = y * 12 + (m - 1) + months;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}-01`;
}

export interface Period {
  /** First day (inclusive) and the day after the last, as day numbers. */
  fromDay: number;
  toDay: number;
  label: string;
}

/** The fiscal quarter after the one holding `today` ("Q1 2027", "FY27 Q3"). */
export function nextQuarter(today: IsoDate, fiscalYearStartMonth = 1): Period {
  const start = addMonths(fiscalQuarterStart(today, fiscalYearStartMonth), 3);
  return {
    fromDay: toDayNumber(start),
    toDay: toDayNumber(addMonths(start, 3)),
    label: quarterLabel(start, fiscalYearStartMonth),
  };
}

/**
 * The weeks a report must cover: every day of the time scale (so scrolling never needs a
 * new report) and the periods summaries quote.
 */
export function reportWindow(fromDay: number, toDay: number, periods: readonly Period[] = []): LoadWindow {
  const from = Math.min(fromDay, ...periods.map((p) => p.fromDay));
  const to = Math.max(toDay, ...periods.map((p) => p.toDay));
  const window = loadWindow(addDays('1970-01-01', from), 1);
  const weeks = Math.max(1, Math.ceil((to - toDayNumber(window.start)) / 7));
  return { start: window.start, weeks };
}

export const sameWindow = (a: LoadWindow | null, b: LoadWindow | null) =>
  a?.start === b?.start && a?.weeks === b?.weeks;

export interface MonthCell {
  startDay: number;
  /** Day after the month's last day. */
  endDay: number;
  /** Weeks [from, to) of the report that belong to the month (by their Thursday). */
  weeks: [number, number];
  label: string;
}

const monthName = () => dateFormat({ month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Calendar months overlapping the days [fromDay, toDay), for summaries at coarse zoom. */
export function monthsOverlapping(window: LoadWindow, fromDay: number, toDay: number): MonthCell[] {
  const out: MonthCell[] = [];
  let start = `${addDays('1970-01-01', fromDay).slice(0, 7)}-01`;
  while (toDayNumber(start) < toDay) {
    const end = addMonths(start, 1);
    const startDay = toDayNumber(start);
    const endDay = toDayNumber(end);
    out.push({
      startDay,
      endDay,
      weeks: weekRange(window, startDay, endDay),
      label: monthName().format(new Date(startDay * 86_400_000)),
    });
    start = end;
  }
  return out;
}
