import type { Kpi, KpiProgress, KpiState } from '@planroom/shared';

/* Words and numbers of the KPI list and the item panel; shared's state texts round the same way. */

const round = (n: number) => Math.round(n * 100) / 100;

/** A measured amount with its unit: "42 %", "7 days", "1200". */
export function formatAmount(n: number, unit: string): string {
  return unit ? `${round(n)} ${unit}` : String(round(n));
}

/** Current against target, "42 of 60 %"; "– of 60 %" before anything was measured. */
export function currentVsTarget(kpi: Pick<Kpi, 'target' | 'unit'>, current: number | null): string {
  return `${current === null ? '–' : round(current)} of ${formatAmount(kpi.target, kpi.unit)}`;
}

/** The tooltip of current vs target: where the numbers come from. */
export function currentTitle(
  kpi: Pick<Kpi, 'target' | 'unit' | 'baseline' | 'dueDate'>,
  progress: KpiProgress,
): string {
  const target = `target ${formatAmount(kpi.target, kpi.unit)}${kpi.dueDate ? ` by ${kpi.dueDate}` : ''}`;
  const baseline = kpi.baseline === null ? '' : `, from a baseline of ${formatAmount(kpi.baseline, kpi.unit)}`;
  const { current } = progress;
  const last = current
    ? `Last measured ${formatAmount(current.value, kpi.unit)} on ${current.date}`
    : 'Nothing measured yet';
  return `${last}; ${target}${baseline}`;
}

const CHANGE: Record<NonNullable<KpiProgress['trend']>, string> = {
  up: 'up since the value before',
  down: 'down since the value before',
  flat: 'unchanged since the value before',
};

/** What the sparkline shows, in words (its accessible name and tooltip). */
export function trendLabel(kpi: Pick<Kpi, 'target' | 'unit'>, progress: Pick<KpiProgress, 'points' | 'trend'>): string {
  const amount = (n: number) => formatAmount(n, kpi.unit);
  const target = `target ${amount(kpi.target)}`;
  const { points, trend } = progress;
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return `Trend: no values measured yet; ${target}`;
  if (points.length === 1) return `Trend: one value, ${amount(last.value)} on ${last.date}; ${target}`;
  const change = trend ? `, ${CHANGE[trend]}` : '';
  return `Trend: ${points.length} values from ${amount(first.value)} on ${first.date} to ${amount(last.value)} on ${last.date}${change}; ${target}`;
}

/**
 * A number as people type it: "42", "-3.5", "1 200", "1,200.5", or with a decimal comma
 * ("3,5", as in Sweden and Denmark) when there is no point. Null when empty; NaN when it
 * is not a number, which the shared write functions refuse with their reason.
 */
export function parseAmount(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(/^\u2212/, '-');
  if (compact === '') return null;
  const normal = compact.includes('.') ? compact.replaceAll(',', '') : compact.replace(',', '.');
  return /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(normal) ? Number(normal) : Number.NaN;
}

/** A stored number as a field shows it ("" for none). */
export function amountText(n: number | null): string {
  return n === null ? '' : String(n);
}

/** How each state is decided (the state's tooltip); shared's `kpiProgress` is the rule. */
export const STATE_HINTS: Record<KpiState, string> = {
  'no-data': 'Nothing measured yet: record a value to see where it stands.',
  met: 'The last measured value reached the target.',
  missed: 'The due date passed before the target was reached.',
  'on-track':
    'The line through the first and last values reaches the target by the due date (without a due date: the last change went toward the target).',
  'off-track':
    'At this pace the target is not reached by the due date (without a due date: the last change did not go toward the target).',
  'no-trend': 'One value and no baseline: nothing to compare it with yet.',
};
