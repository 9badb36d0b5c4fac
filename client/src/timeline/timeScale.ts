import { fromDayNumber, toDayNumber } from '@planroom/shared';
import { scaleUtc } from 'd3-scale';
import { utcMonth } from 'd3-time';

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
