import type { StatusReport } from '@planroom/shared';
import { TOP_RISKS } from '@planroom/shared';
import { StatusCard, StatusTable } from './StatusCard';
import { dayLabel, KPI_STATE_LABELS, kpiValue, riskScoreHint } from './statusText';

/** KPIs against their targets, worst first. */
export function KpisCard({ report }: { report: StatusReport }) {
  return (
    <StatusCard
      id="kpis"
      title="KPIs"
      hint="Measures of success from the kickoffs and items in view, against their targets, worst first"
    >
      <StatusTable
        columns={[
          { label: 'KPI', hint: 'The measure, and the item it measures' },
          { label: 'Now', hint: 'The last value measured, and when', className: 'num' },
          { label: 'Target', hint: 'The value that means success, and by when', className: 'num' },
          {
            label: 'State',
            hint: 'Met, missed, or on or off track: the trend from the first to the last value against the due date',
          },
        ]}
        empty="No KPIs yet: they come from the kickoffs of the items in view."
        rows={report.kpis.map((k) => ({
          key: k.id,
          testId: 'status-kpi',
          title: k.text,
          cells: [
            <span key="n">
              <strong>{k.name}</strong>
              {k.itemTitle && <span className="status-sub"> {k.itemTitle}</span>}
            </span>,
            <span key="v" title={k.measured ? `Measured ${dayLabel(k.measured)}` : 'Nothing measured yet'}>
              {kpiValue(k.current, k.unit)}
            </span>,
            <span
              key="t"
              title={k.baseline !== null ? `From a baseline of ${kpiValue(k.baseline, k.unit)}` : undefined}
            >
              {kpiValue(k.target, k.unit)}
              {k.dueDate && <span className="status-sub status-line">by {dayLabel(k.dueDate)}</span>}
            </span>,
            <span key="s" className={`status-kpi-state kpi-${k.state}`} title={k.text}>
              {KPI_STATE_LABELS[k.state]}
            </span>,
          ],
        }))}
      />
    </StatusCard>
  );
}

/** The top open risks by score. */
export function RisksCard({ report }: { report: StatusReport }) {
  const top = report.risks.slice(0, TOP_RISKS);
  const more = report.risks.length - top.length;
  return (
    <StatusCard
      id="risks"
      title="Top risks"
      hint={`The ${TOP_RISKS} open risks with the highest score (probability × impact) on the items in view`}
      aside={more > 0 ? <span className="status-card-note">and {more} more open</span> : undefined}
    >
      <StatusTable
        columns={[
          { label: 'Risk', hint: 'The risk, and the items it threatens' },
          { label: 'Score', hint: 'Probability (1-5) × impact (1-5); 15 or more is high', className: 'num' },
          { label: 'Owner', hint: 'Who answers for it' },
          { label: 'Status', hint: 'Open, or being mitigated' },
        ]}
        empty="No open risks on the items in view."
        rows={top.map((r) => ({
          key: r.id,
          testId: 'status-risk',
          cells: [
            <span key="t">
              <strong>{r.title}</strong>
              {r.itemTitles.length > 0 && <span className="status-sub"> {r.itemTitles.join(', ')}</span>}
            </span>,
            <span key="s" className={`risk-score level-${r.level}`} title={riskScoreHint(r)}>
              {r.score}
            </span>,
            r.ownerName ?? '–',
            r.status === 'mitigating' ? 'Mitigating' : 'Open',
          ],
        }))}
      />
    </StatusCard>
  );
}
