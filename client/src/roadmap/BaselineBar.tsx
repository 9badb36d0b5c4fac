import { type Baseline, type Item, itemVariance, toDayNumber } from '@planroom/shared';
import { memo } from 'react';
import { useItem } from '../core/useYjs';
import { translate } from '../i18n/translate';
import { BAR_HEIGHT, MILESTONE_SIZE, rowTop } from '../timeline/bars';
import { baselineSpanText, varianceLines } from './baselineText';
import { useChosenBaseline } from './useBaseline';

/** The baseline's line sits in the gap under the live bar, inside the bar's own row. */
const GAP = 1;
const MARK = 7;

/** What a bar's tooltip adds for the chosen baseline: how far each end has moved, in words. */
export function baselineTooltip(item: Item, baseline: Baseline | null): string[] {
  if (!baseline) return [];
  const v = itemVariance(item, baseline);
  return v ? varianceLines(item, v, baseline.name) : [translate('baseline.notInBar', { name: baseline.name })];
}

interface Props {
  id: string;
  /** The live bar's box, which is where the item's own dates are drawn. */
  x: number;
  row: number;
  ppd: number;
}

/**
 * The item as the chosen baseline planned it: a thin line (or a small diamond for a
 * milestone) under the live bar, placed by the day offset from the live dates so it needs
 * no scale of its own. It takes no pointer events: the bar above is what one drags. A
 * sibling of the bar, not inside it, so it stays put while the bar is dragged.
 */
export const BaselineBar = memo(function BaselineBar({ id, x, row, ppd }: Props) {
  const item = useItem(id);
  const baseline = useChosenBaseline();
  if (!item || !baseline || !Object.hasOwn(baseline.dates, id)) return null;
  const was = baseline.dates[item.id] as { start: string; end: string };
  const shift = (toDayNumber(was.start) - toDayNumber(item.start)) * ppd;
  const top = rowTop(row) + BAR_HEIGHT + GAP;
  const milestone = item.kind === 'milestone';
  const left = milestone ? x + MILESTONE_SIZE / 2 + shift - MARK / 2 : x + shift;
  const width = milestone ? MARK : Math.max(4, (toDayNumber(was.end) - toDayNumber(was.start) + 1) * ppd);
  return (
    <span
      className={`baseline-bar${milestone ? ' is-milestone' : ''}`}
      data-testid="baseline-bar"
      data-item-id={item.id}
      data-start={was.start}
      data-end={was.end}
      title={translate('baseline.barTitle', { name: baseline.name, span: baselineSpanText(item.kind, was) })}
      aria-hidden="true"
      style={{ left, top, width }}
    />
  );
});
