import { fromDayNumber } from '@planroom/shared';
import { useMemo } from 'react';
import { useToday } from '../timeline/useToday';
import { useKickoffBoard } from './KickoffContext';
import { KpiAdd } from './KpiAdd';
import { KpiRow } from './KpiRow';
import { itemOptions, personOptions } from './riskKpiOptions';
import { Empty, Section } from './Section';
import type { OpenKickoff } from './useKickoff';

/** The kickoff's KPIs: what success is measured by, where each stands and its trend. */
export function KpiSection({ open }: { open: OpenKickoff }) {
  const { canEdit } = useKickoffBoard();
  const today = fromDayNumber(useToday());
  const { view, board } = open;
  const people = useMemo(() => personOptions(board.people), [board.people]);
  const items = useMemo(() => itemOptions(board.items, view.item.id), [board.items, view.item.id]);
  return (
    <Section
      id="kpis"
      title="KPIs"
      className="kpi-section"
      hint="How everyone will know the project succeeded: each KPI has a baseline, a target and a due date, and the values measured along the way."
    >
      {view.kpis.length === 0 ? (
        <Empty>No KPIs yet{canEdit ? ': add the first one below, with its target.' : '.'}</Empty>
      ) : (
        <ul className="kpi-list">
          {view.kpis.map((kpi) => (
            <KpiRow key={kpi.id} kpi={kpi} today={today} people={people} itemOptions={items} items={board.items} />
          ))}
        </ul>
      )}
      {canEdit && <KpiAdd kickoffId={view.kickoff.id} itemId={view.item.id} />}
    </Section>
  );
}
