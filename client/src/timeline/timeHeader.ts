import {
  fiscalQuarterInterval,
  fromDayNumber,
  isoWeek,
  isWeekendDay,
  quarterLabel,
  type WeekLocale,
  weekLabel,
} from '@planroom/shared';
import { type CountableTimeInterval, utcDay, utcMonday, utcMonth, utcYear } from 'd3-time';
import { type DayScale, dateDay, dayDate, type Zoom } from './timeScale';

/** One period in a header row: where it sits and what it says. */
export interface Band {
  key: string;
  x: number;
  width: number;
  label: string;
  /** Longer text for the title attribute when the label is short. */
  title: string;
  weekend?: boolean;
  /** The period today falls in (marked on the finest row). */
  today?: boolean;
}

export type Unit = 'year' | 'quarter' | 'month' | 'week' | 'day';

export interface HeaderOptions {
  fiscalYearStartMonth: number;
  /** Week labels: "W47", "v. 47" (Swedish), "uge 47" (Danish). */
  weekLocale: WeekLocale;
  /** A BCP 47 tag for month and day names. */
  language: string;
}

export const DEFAULT_HEADER: HeaderOptions = { fiscalYearStartMonth: 1, weekLocale: 'en', language: 'en' };

/** Height of a header row, of the finest (bottom) row's labels, and of the today badge's strip under them. */
export const HEADER_ROW = 18;
export const LAST_ROW = 22;
export const TODAY_STRIP = 14;

/** A horizontal band of the header: where its labels, or the today badge, may be drawn. */
export interface HeaderBand {
  top: number;
  height: number;
}

/**
 * The header's rows, top to bottom, and the strip under the finest row's labels where the
 * today badge sits: the finest row's cells reach down through it (their lines and weekend
 * shading carry on) but their labels stay above it, so the badge never hides one.
 */
export function headerBands(zoom: Zoom): { rows: HeaderBand[]; today: HeaderBand; height: number } {
  const n = HEADER_UNITS[zoom].length;
  const rows = Array.from({ length: n }, (_, i) => ({
    top: i * HEADER_ROW,
    height: i < n - 1 ? HEADER_ROW : LAST_ROW,
  }));
  const labels = (n - 1) * HEADER_ROW + LAST_ROW;
  return { rows, today: { top: labels, height: TODAY_STRIP }, height: labels + TODAY_STRIP };
}

/** The rows of the header at each level, coarse to fine. */
export const HEADER_UNITS: Record<Zoom, Unit[]> = {
  year: ['year', 'quarter', 'month'],
  quarter: ['year', 'quarter', 'month'],
  month: ['year', 'quarter', 'month', 'week'],
  week: ['year', 'quarter', 'month', 'week', 'day'],
};

/** The week-label language for a browser language: Swedish and Danish have their own. */
export function weekLocaleFor(language: string): WeekLocale {
  const lang = language.toLowerCase();
  if (lang.startsWith('sv')) return 'sv';
  if (lang.startsWith('da')) return 'da';
  return 'en';
}

const iso = (d: Date) => fromDayNumber(dateDay(d));

interface RowSpec {
  interval: CountableTimeInterval;
  label: (d: Date) => string;
  title: (d: Date) => string;
}

const formats = new Map<string, (d: Date) => string>();

/** A date formatter in UTC (board days are UTC midnights), made once per language and options. */
function formatter(language: string, options: Intl.DateTimeFormatOptions): (d: Date) => string {
  const key = `${language} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    let intl: Intl.DateTimeFormat;
    try {
      intl = new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' });
    } catch {
      intl = new Intl.DateTimeFormat('en', { ...options, timeZone: 'UTC' });
    }
    format = (d) => intl.format(d);
    formats.set(key, format);
  }
  return format;
}

function rowSpec(unit: Unit, zoom: Zoom, opts: HeaderOptions): RowSpec {
  const dayLong = formatter(opts.language, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  const monthYear = formatter(opts.language, { month: 'long', year: 'numeric' });
  switch (unit) {
    case 'year':
      return { interval: utcYear, label: (d) => String(d.getUTCFullYear()), title: (d) => String(d.getUTCFullYear()) };
    case 'quarter': {
      const label = (d: Date) => quarterLabel(iso(d), opts.fiscalYearStartMonth);
      return {
        interval: fiscalQuarterInterval(opts.fiscalYearStartMonth),
        label,
        title: (d) => `${label(d)}, from ${monthYear(d)}`,
      };
    }
    case 'month':
      return {
        interval: utcMonth,
        label: formatter(opts.language, { month: zoom === 'year' ? 'short' : 'long' }),
        title: monthYear,
      };
    case 'week':
      return {
        interval: utcMonday,
        label: (d) => weekLabel(isoWeek(iso(d)).week, opts.weekLocale),
        title: (d) => {
          const w = isoWeek(iso(d));
          return `ISO week ${w.week} of ${w.year}, from ${dayLong(d)}`;
        },
      };
    case 'day':
      return { interval: utcDay, label: (d) => String(d.getUTCDate()), title: dayLong };
  }
}

function bands(
  spec: RowSpec,
  unit: Unit,
  scale: DayScale,
  [fromDay, toDay]: [number, number],
  today: number | undefined,
): Band[] {
  const from = Math.max(fromDay, scale.fromDay);
  const to = Math.min(toDay, scale.toDay);
  if (to <= from) return [];
  const out: Band[] = [];
  for (let d = spec.interval.floor(dayDate(from)); dateDay(d) < to; ) {
    const next = spec.interval.offset(d, 1);
    const a = Math.max(dateDay(d), scale.fromDay);
    const b = Math.min(dateDay(next), scale.toDay);
    const band: Band = {
      key: iso(d),
      x: scale.x(a),
      width: scale.x(b) - scale.x(a),
      label: spec.label(d),
      title: spec.title(d),
    };
    if (unit === 'day' && isWeekendDay(dateDay(d))) band.weekend = true;
    if (today !== undefined && today >= dateDay(d) && today < dateDay(next)) band.today = true;
    out.push(band);
    d = next;
  }
  return out;
}

/**
 * The header rows (coarse on top, fine at the bottom) for the days in [fromDay, toDay),
 * with the finest row's period holding `today` marked.
 */
export function headerRows(
  zoom: Zoom,
  scale: DayScale,
  fromDay: number,
  toDay: number,
  opts: HeaderOptions = DEFAULT_HEADER,
  today?: number,
): Array<{ unit: Unit; bands: Band[] }> {
  const units = HEADER_UNITS[zoom];
  return units.map((unit, i) => ({
    unit,
    bands: bands(rowSpec(unit, zoom, opts), unit, scale, [fromDay, toDay], i === units.length - 1 ? today : undefined),
  }));
}

/** Saturday–Sunday runs inside [fromDay, toDay), as [first day, day count] pairs. */
export function weekends(fromDay: number, toDay: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let day = fromDay; day < toDay; day++) {
    if (!isWeekendDay(day)) continue;
    const last = out.at(-1);
    if (last && last[0] + last[1] === day) last[1] += 1;
    else out.push([day, 1]);
  }
  return out;
}

/** Year starts inside [fromDay, toDay): drawn as stronger grid lines. */
export function yearStarts(scale: DayScale, fromDay: number, toDay: number): number[] {
  const from = Math.max(fromDay, scale.fromDay);
  const to = Math.min(toDay, scale.toDay);
  return utcYear.range(dayDate(from), dayDate(to)).map((d) => scale.x(dateDay(d)));
}
