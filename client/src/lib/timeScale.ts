import { fromDayNumber, toDayNumber } from '@planroom/shared';
import { scaleUtc } from 'd3-scale';
import { type CountableTimeInterval, utcDay, utcMonday, utcMonth, utcYear } from 'd3-time';
import { utcFormat } from 'd3-time-format';

/**
 * Horizontal geometry of the roadmap. Board dates are calendar days; a day number (days
 * since 1970-01-01) maps to a UTC midnight so no time zone can shift a bar.
 */
export const DAY_MS = 86_400_000;

export const ZOOMS = ['week', 'month', 'quarter', 'year'] as const;
export type Zoom = (typeof ZOOMS)[number];

/** Pixels per day at each zoom level. */
export const PX_PER_DAY: Record<Zoom, number> = { week: 36, month: 9, quarter: 3.2, year: 1.2 };

export const ZOOM_LABELS: Record<Zoom, string> = { week: 'Weeks', month: 'Months', quarter: 'Quarters', year: 'Years' };

export function isZoom(value: unknown): value is Zoom {
  return typeof value === 'string' && (ZOOMS as readonly string[]).includes(value);
}

export const dayDate = (day: number): Date => new Date(day * DAY_MS);
export const dateDay = (date: Date): number => Math.round(date.getTime() / DAY_MS);
export const isoDay = (iso: string): number => toDayNumber(iso);
export const dayIso = (day: number): string => fromDayNumber(day);

export interface DayScale {
  /** First day shown (inclusive) and the day after the last one. */
  fromDay: number;
  toDay: number;
  ppd: number;
  width: number;
  /** Left edge of a day, in pixels from the start of the track. */
  x(day: number): number;
  /** The day under a pixel offset. */
  dayAt(x: number): number;
}

export function dayScale(fromDay: number, toDay: number, ppd: number): DayScale {
  const width = Math.max(0, toDay - fromDay) * ppd;
  const scale = scaleUtc()
    .domain([dayDate(fromDay), dayDate(toDay)])
    .range([0, width]);
  return {
    fromDay,
    toDay,
    ppd,
    width,
    x: (day) => scale(dayDate(day)),
    dayAt: (x) => Math.floor(scale.invert(x).getTime() / DAY_MS + 1e-9),
  };
}

/**
 * The days the board spans: every item, plus today, padded and rounded out to whole
 * quarters so the range (and with it the whole layout) rarely changes when one item moves.
 */
export function boardRange(extent: { min: number; max: number } | null, today: number, minDays = 0): [number, number] {
  const min = Math.min(extent?.min ?? today, today) - 45;
  const max = Math.max(extent?.max ?? today, today, min + minDays) + 120;
  const from = utcMonth.every(3)?.floor(dayDate(min)) ?? dayDate(min);
  const to = utcMonth.every(3)?.ceil(dayDate(max + 1)) ?? dayDate(max + 1);
  return [dateDay(from), dateDay(to)];
}

export interface Band {
  key: string;
  x: number;
  width: number;
  label: string;
  /** Longer text for the title attribute when the label is abbreviated. */
  title: string;
}

const fmt = {
  day: utcFormat('%-d'),
  dayLong: utcFormat('%A %-d %B %Y'),
  isoWeek: utcFormat('%V'),
  isoYear: utcFormat('%G'),
  monthShort: utcFormat('%b'),
  month: utcFormat('%B'),
  monthYear: utcFormat('%B %Y'),
  monthYearShort: utcFormat('%b %Y'),
  year: utcFormat('%Y'),
};

/** Quarter starts follow the fiscal year (1 = January). */
function quarterInterval(fiscalYearStartMonth: number): CountableTimeInterval {
  const offset = (((fiscalYearStartMonth - 1) % 3) + 3) % 3;
  const every = utcMonth.filter((d) => (d.getUTCMonth() - offset + 12) % 3 === 0);
  return every as unknown as CountableTimeInterval;
}

export function quarterLabel(date: Date, fiscalYearStartMonth: number): string {
  const m = date.getUTCMonth(); // 0-based
  const start = fiscalYearStartMonth - 1;
  const q = Math.floor(((((m - start) % 12) + 12) % 12) / 3) + 1;
  if (start === 0) return `Q${q} ${date.getUTCFullYear()}`;
  // A fiscal year is named after the calendar year it ends in (FY27 starts in 2026).
  const fy = m >= start ? date.getUTCFullYear() + 1 : date.getUTCFullYear();
  return `Q${q} FY${String(fy).slice(-2)}`;
}

interface RowSpec {
  interval: CountableTimeInterval;
  label: (d: Date) => string;
  title: (d: Date) => string;
}

function rowSpecs(zoom: Zoom, fiscalYearStartMonth: number): [RowSpec, RowSpec] {
  const quarter: RowSpec = {
    interval: quarterInterval(fiscalYearStartMonth),
    label: (d) => quarterLabel(d, fiscalYearStartMonth),
    title: (d) => `${quarterLabel(d, fiscalYearStartMonth)} (from ${fmt.monthYear(d)})`,
  };
  const isoWeek: RowSpec = {
    interval: utcMonday,
    label: (d) => `W${fmt.isoWeek(d)}`,
    title: (d) => `ISO week ${Number(fmt.isoWeek(d))} of ${fmt.isoYear(d)}, from ${fmt.dayLong(d)}`,
  };
  switch (zoom) {
    case 'week':
      return [
        { ...isoWeek, label: (d) => `W${fmt.isoWeek(d)} · ${fmt.monthYearShort(d)}` },
        { interval: utcDay, label: fmt.day, title: fmt.dayLong },
      ];
    case 'month':
      return [{ interval: utcMonth, label: fmt.monthYear, title: fmt.monthYear }, isoWeek];
    case 'quarter':
      return [quarter, { interval: utcMonth, label: fmt.month, title: fmt.monthYear }];
    case 'year':
      return [quarter, { interval: utcMonth, label: fmt.monthShort, title: fmt.monthYear }];
  }
}

function bands(spec: RowSpec, scale: DayScale, fromDay: number, toDay: number): Band[] {
  const from = Math.max(fromDay, scale.fromDay);
  const to = Math.min(toDay, scale.toDay);
  if (to <= from) return [];
  const start = spec.interval.floor(dayDate(from));
  const out: Band[] = [];
  for (let d = start; dateDay(d) < to; ) {
    const next = spec.interval.offset(d, 1);
    const a = Math.max(dateDay(d), scale.fromDay);
    const b = Math.min(dateDay(next), scale.toDay);
    out.push({
      key: d.toISOString().slice(0, 10),
      x: scale.x(a),
      width: scale.x(b) - scale.x(a),
      label: spec.label(d),
      title: spec.title(d),
    });
    d = next;
  }
  return out;
}

/** The two header rows (coarse on top, fine below) for the days in [fromDay, toDay). */
export function headerRows(
  zoom: Zoom,
  scale: DayScale,
  fromDay: number,
  toDay: number,
  fiscalYearStartMonth = 1,
): [Band[], Band[]] {
  const [top, bottom] = rowSpecs(zoom, fiscalYearStartMonth);
  return [bands(top, scale, fromDay, toDay), bands(bottom, scale, fromDay, toDay)];
}

/** Year starts inside [fromDay, toDay): drawn as stronger grid lines. */
export function yearStarts(scale: DayScale, fromDay: number, toDay: number): number[] {
  const from = Math.max(fromDay, scale.fromDay);
  const to = Math.min(toDay, scale.toDay);
  return utcYear.range(dayDate(from), dayDate(to)).map((d) => scale.x(dateDay(d)));
}
