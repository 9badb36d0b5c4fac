import {
  fromDayNumber,
  parseQuarterKey,
  type Quarter,
  quarterOf,
  type StatusReport,
  statusReport,
} from '@planroom/shared';
import { useDeferredValue, useMemo, useSyncExternalStore } from 'react';
import { useView } from '../core/records';
import { useToday } from '../timeline/useToday';
import { useStakeholder } from './StakeholderContext';

export interface StatusState {
  report: StatusReport;
  quarter: Quarter;
  /** The quarter holding today: the picker's "This quarter". */
  current: Quarter;
  startMonth: number;
  programs: { id: string; title: string }[];
  /** The URL names a program that is not (or no longer) on the board. */
  missingProgram: string | null;
  /** A newer board is being reported on in the background. */
  pending: boolean;
}

/**
 * The status report for the view in the URL. The board is read (at most once per burst
 * of edits, see `StatusModel`) and the report worked out in a deferred render, so a
 * remote edit never holds up a keystroke or a scroll; `pending` says a newer one is on
 * its way.
 */
export function useStatusReport(): StatusState {
  const { status } = useStakeholder();
  const latest = useSyncExternalStore(status.subscribe, status.get);
  const source = useDeferredValue(latest);
  const view = useView();
  const today = fromDayNumber(useToday());
  const startMonth = source.board.meta.fiscalYearStartMonth;
  const current = useMemo(() => quarterOf(today, startMonth), [today, startMonth]);
  const quarter = useMemo(
    () => parseQuarterKey(view.quarter, startMonth) ?? current,
    [view.quarter, startMonth, current],
  );
  const report = useMemo(
    () => statusReport(source.board, { quarter, scopeId: view.program, baseline: source.baseline, today }),
    [source, quarter, view.program, today],
  );
  const programs = useMemo(
    () =>
      [...source.board.items.values()]
        .filter((i) => i.kind === 'program')
        .map((i) => ({ id: i.id, title: i.title }))
        .sort((a, b) => a.title.localeCompare(b.title)),
    [source],
  );
  return {
    report,
    quarter,
    current,
    startMonth,
    programs,
    missingProgram: view.program && !report.scope ? view.program : null,
    pending: source !== latest,
  };
}
