import { PX_PER_DAY, type Zoom } from './timeScale';

/**
 * Continuous zoom: pixels per day from a few years on one screen to a few days. The four
 * named levels are presets on this scale; the header picks its rows from the level the
 * current scale is closest to.
 */
export const MIN_PPD = 0.4;
export const MAX_PPD = 80;

export function clampPpd(ppd: number): number {
  if (!Number.isFinite(ppd)) return PX_PER_DAY.month;
  return Math.min(MAX_PPD, Math.max(MIN_PPD, ppd));
}

/** The named level a scale shows as (which header rows, weekend shading…). */
export function levelFor(ppd: number): Zoom {
  if (ppd >= 20) return 'week';
  if (ppd >= 5.5) return 'month';
  if (ppd >= 2) return 'quarter';
  return 'year';
}

/**
 * The scale after one wheel event with Ctrl/Cmd held (a trackpad pinch arrives the same
 * way, in small steps). A mouse notch (about 100) zooms by roughly a quarter.
 */
export function wheelZoom(ppd: number, deltaY: number, deltaMode = 0): number {
  const pixels = deltaMode === 1 ? deltaY * 16 : deltaMode === 2 ? deltaY * 400 : deltaY;
  const step = Math.max(-60, Math.min(60, pixels));
  return clampPpd(ppd * Math.exp(-step * 0.004));
}

/**
 * Where to scroll so `day` (fractional, counted from the scale's first day) sits `offset`
 * pixels into the track: what keeps the day under the pointer while zooming.
 */
export function scrollForAnchor(day: number, fromDay: number, ppd: number, offset: number): number {
  return Math.max(0, (day - fromDay) * ppd - offset);
}

/** The (fractional) day at `offset` pixels into the track when scrolled to `scrollLeft`. */
export function dayAtOffset(scrollLeft: number, offset: number, fromDay: number, ppd: number): number {
  return fromDay + (scrollLeft + offset) / ppd;
}

/** The scale that fits `days` into a track `width` pixels wide, with a margin each side. */
export function fitPpd(days: number, width: number, margin = 0.06): number {
  return clampPpd((width * (1 - 2 * margin)) / Math.max(1, days));
}
