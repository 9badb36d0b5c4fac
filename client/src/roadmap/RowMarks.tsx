import { toDayNumber } from '@planroom/shared';
import { memo } from 'react';
import { useItem } from '../core/useYjs';
import { translate } from '../i18n/translate';
import { BAR_HEIGHT, rowTop } from '../timeline/bars';
import type { DayScale } from '../timeline/timeScale';
import { ChevronIcon } from '../ui/icons';
import { useRoadmap } from './RoadmapContext';
import { CARET_ROOM } from './rowLayout';
import { useRollup } from './useLayout';

/** "Roll-up of 5 items: 2026-01-05 → 2026-06-26, 38% done". */
export function rollupText(r: { start: string; end: string; progress: number; count: number }): string {
  return translate('rollup.text', { count: r.count, start: r.start, end: r.end, progress: Math.round(r.progress) });
}

/**
 * The roll-up bar under a parent: the span of all its descendants (wherever they are on
 * the board) with their progress weighted by duration. Wakes only when that changes.
 */
export const RollupBand = memo(function RollupBand({ id, row, scale }: { id: string; row: number; scale: DayScale }) {
  const rollup = useRollup(id);
  // a single day (one milestone under a project) says nothing the milestone does not
  if (!rollup || rollup.start === rollup.end) return null;
  const left = scale.x(toDayNumber(rollup.start));
  const width = Math.max(2, scale.x(toDayNumber(rollup.end) + 1) - left);
  return (
    <div
      className="rollup"
      data-testid="rollup"
      data-item-id={id}
      data-progress={Math.round(rollup.progress)}
      title={rollupText(rollup)}
      style={{ left, width, top: rowTop(row) + BAR_HEIGHT + 2 }}
    >
      <span className="rollup-fill" style={{ width: `${Math.min(100, rollup.progress)}%` }} />
    </div>
  );
});

/** The collapse caret left of a parent whose children sit under it in this row. */
export const Caret = memo(function Caret({
  id,
  x,
  row,
  collapsed,
}: {
  id: string;
  x: number;
  row: number;
  collapsed: boolean;
}) {
  const { prefs } = useRoadmap();
  const item = useItem(id);
  const title = item?.title ?? '';
  function toggle() {
    const next = new Set(prefs.collapsed.get());
    if (next.has(id)) next.delete(id);
    else next.add(id);
    prefs.collapsed.set(next);
  }
  return (
    <button
      type="button"
      className={`caret${collapsed ? ' is-collapsed' : ''}`}
      data-testid="collapse-toggle"
      data-item-id={id}
      aria-expanded={!collapsed}
      aria-label={`${collapsed ? 'Expand' : 'Collapse'} ${title}`}
      title={collapsed ? `Show what is inside ${title}` : `Collapse ${title} to its roll-up`}
      style={{ left: x - CARET_ROOM + 1, top: rowTop(row) + (BAR_HEIGHT - 18) / 2 }}
      onClick={toggle}
    >
      <ChevronIcon size={14} />
    </button>
  );
});
