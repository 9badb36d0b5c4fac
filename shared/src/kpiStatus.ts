import { daysBetween, type IsoDate } from './dates.js';
import type { Kpi } from './kpi.js';

export interface KpiPoint {
  date: IsoDate;
  value: number;
}

/**
 * Where a KPI stands. `met`: the last value reached the target. `missed`: the due date
 * passed first. With two values or more, `on-track` when the straight line through the
 * first and the last reaches the target by the due date (or, with no due date, when the
 * last change went toward it), else `off-track`. With one value, compared with the
 * baseline; `no-trend` when there is none to compare with.
 */
export type KpiState = 'no-data' | 'met' | 'missed' | 'on-track' | 'off-track' | 'no-trend';

export interface KpiProgress {
  /** Measured values by date, oldest first: the trend line. */
  points: KpiPoint[];
  current: KpiPoint | null;
  /** Which way is good: from the baseline (or the first value) toward the target. */
  better: 'higher' | 'lower';
  /** The last change: up, down or flat; null with fewer than two values. */
  trend: 'up' | 'down' | 'flat' | null;
  /** How far from baseline to target the current value is (1 = there); null without both. */
  share: number | null;
  state: KpiState;
  /** The state in words, for the KPI list and the item panel. */
  text: string;
}

export function kpiPoints(kpi: Pick<Kpi, 'history'>): KpiPoint[] {
  return Object.entries(kpi.history)
    .map(([date, value]) => ({ date, value }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

const round = (n: number) => Math.round(n * 100) / 100;

function trendOf(points: readonly KpiPoint[]): KpiProgress['trend'] {
  const [prev, last] = points.slice(-2);
  if (!prev || !last) return null;
  return last.value > prev.value ? 'up' : last.value < prev.value ? 'down' : 'flat';
}

type Verdict = Pick<KpiProgress, 'state' | 'text'>;

function judge(kpi: Kpi, points: KpiPoint[], better: KpiProgress['better'], today: IsoDate): Verdict {
  const amount = (n: number) => (kpi.unit ? `${round(n)} ${kpi.unit}` : String(round(n)));
  const reached = (n: number) => (better === 'higher' ? n >= kpi.target : n <= kpi.target);
  const target = amount(kpi.target);
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return { state: 'no-data', text: `No value measured yet; target ${target}` };
  if (reached(last.value)) return { state: 'met', text: `Target met: ${amount(last.value)} against ${target}` };
  const due = kpi.dueDate;
  if (due && today > due)
    return { state: 'missed', text: `Missed: ${amount(last.value)} on ${last.date}, target ${target} was due ${due}` };
  if (points.length >= 2 && due) {
    const rate = (last.value - first.value) / daysBetween(first.date, last.date);
    const projected = last.value + rate * daysBetween(last.date, due);
    return reached(projected)
      ? { state: 'on-track', text: `On track: ${amount(last.value)}, heading for ${amount(projected)} by ${due}` }
      : { state: 'off-track', text: `Off track: at this pace ${amount(projected)} by ${due}, target ${target}` };
  }
  const from = points.length >= 2 ? points.at(-2)?.value : (kpi.baseline ?? undefined);
  if (from === undefined)
    return { state: 'no-trend', text: `One value so far: ${amount(last.value)}, target ${target}` };
  const toward = better === 'higher' ? last.value > from : last.value < from;
  const since = points.length >= 2 ? 'the value before' : `the baseline ${amount(from)}`;
  return toward
    ? { state: 'on-track', text: `On track: ${amount(last.value)}, better than ${since}, target ${target}` }
    : { state: 'off-track', text: `Off track: ${amount(last.value)}, no better than ${since}, target ${target}` };
}

/** Current against target, the trend, and whether it is on track, for `today`. */
export function kpiProgress(kpi: Kpi, today: IsoDate): KpiProgress {
  const points = kpiPoints(kpi);
  const start = kpi.baseline ?? points[0]?.value ?? kpi.target;
  const better = kpi.target >= start ? 'higher' : 'lower';
  const current = points.at(-1) ?? null;
  const share =
    kpi.baseline !== null && current && kpi.target !== kpi.baseline
      ? (current.value - kpi.baseline) / (kpi.target - kpi.baseline)
      : null;
  return { points, current, better, trend: trendOf(points), share, ...judge(kpi, points, better, today) };
}
