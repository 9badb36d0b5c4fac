import { daysBetween, type Item, type SlippedMilestone, type Variance } from '@planroom/shared';
import { translate } from '../i18n/translate';

const days = (n: number) => translate('bar.days', { count: n });

/** "5 days later", "2 days earlier", "on time": one end's variance in words. */
export function shiftText(n: number): string {
  if (n === 0) return translate('baseline.onTime');
  return n > 0 ? translate('baseline.later', { days: days(n) }) : translate('baseline.earlier', { days: days(-n) });
}

/**
 * One line per end that moved, for a bar's tooltip: "Ends 5 days later than baseline
 * 'Q3 plan'". A milestone has one date, so one line ("Due …"); an item that kept its
 * dates says so in one line too.
 */
export function varianceLines(item: Pick<Item, 'kind'>, v: Variance, name: string): string[] {
  const on = translate('baseline.on', { name });
  if (item.kind === 'milestone')
    return [v.endDays === 0 ? on : translate('baseline.due', { shift: shiftText(v.endDays), name })];
  const lines: string[] = [];
  if (v.startDays !== 0) lines.push(translate('baseline.starts', { shift: shiftText(v.startDays), name }));
  if (v.endDays !== 0) lines.push(translate('baseline.ends', { shift: shiftText(v.endDays), name }));
  return lines.length ? lines : [on];
}

/** Signed days for a compact column: "+5 d", "−3 d", "0 d". */
export function signedDays(n: number): string {
  return n > 0 ? `+${n} d` : n < 0 ? `−${-n} d` : '0 d';
}

/** The baseline's own dates as the item panel shows them. */
export function baselineSpanText(kind: Item['kind'], span: { start: string; end: string }): string {
  return kind === 'milestone'
    ? span.start
    : translate('baseline.span', {
        start: span.start,
        end: span.end,
        days: days(daysBetween(span.start, span.end) + 1),
      });
}

export type SlipSort = 'slip' | 'date' | 'name';

/** The list in one of its orders: slip (largest first), date (soonest first) or name. */
export function sortSlipped(list: readonly SlippedMilestone[], by: SlipSort): SlippedMilestone[] {
  const out = [...list];
  if (by === 'date') out.sort((a, b) => a.end.localeCompare(b.end) || b.slipDays - a.slipDays);
  if (by === 'name') out.sort((a, b) => a.title.localeCompare(b.title) || a.end.localeCompare(b.end));
  // slippedMilestones already gives slip order
  return out;
}
