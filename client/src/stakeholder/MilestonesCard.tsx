import type { MilestoneLine, StatusReport } from '@planroom/shared';
import { StatusCard, StatusTable } from './StatusCard';
import { StatusBadge } from './StatusSummary';
import { dayLabel, slipLabel } from './statusText';

const whereHint = (report: StatusReport) => (report.scope ? 'The project it belongs to' : 'The program it belongs to');

function milestoneRows(list: readonly MilestoneLine[], testId: string) {
  return list.map((m) => ({
    key: m.id,
    testId,
    className: m.overdue ? 'is-overdue' : undefined,
    cells: [
      <strong key="t">{m.title}</strong>,
      <span key="d" title={m.overdue ? 'Its date has passed and it is not done' : undefined}>
        {dayLabel(m.date)}
        {m.overdue && <span className="status-overdue"> overdue</span>}
      </span>,
      <StatusBadge key="s" status={m.status} />,
      m.rowTitle ?? '–',
      m.ownerName ?? '–',
    ],
  }));
}

const columnsOf = (report: StatusReport) => [
  { label: 'Milestone', hint: 'A milestone on the roadmap' },
  { label: 'Date', hint: 'Its date on the roadmap now' },
  { label: 'Status', hint: 'Its status on the roadmap' },
  { label: report.scope ? 'Project' : 'Program', hint: whereHint(report) },
  { label: 'Owner', hint: 'Who answers for it' },
];

/** Milestones done in the quarter: after the risks, since a review dwells on what is ahead. */
export function DoneCard({ report }: { report: StatusReport }) {
  const q = report.quarter.label;
  const columns = columnsOf(report);
  return (
    <StatusCard id="done" title={`Done in ${q}`} hint={`Milestones dated in ${q} and marked done`}>
      <StatusTable
        columns={columns}
        empty="No milestones done this quarter."
        rows={milestoneRows(report.done, 'done-milestone')}
      />
    </StatusCard>
  );
}

/** Milestones due in the quarter, and those that slipped against the baseline. */
export function MilestonesCards({ report }: { report: StatusReport }) {
  const q = report.quarter.label;
  const columns = columnsOf(report);
  return (
    <>
      <StatusCard id="due" title={`Due in ${q}`} hint={`Milestones dated in ${q} that are not done yet, by date`}>
        <StatusTable
          columns={columns}
          empty="No milestones due this quarter."
          rows={milestoneRows(report.due, 'due-milestone')}
        />
      </StatusCard>
      <StatusCard
        id="slipped"
        title="Slipped"
        hint="Milestones now later than the chosen baseline, worst first"
        aside={<BaselineNote report={report} />}
      >
        {report.baseline ? (
          <StatusTable
            columns={[
              { label: 'Milestone', hint: 'A milestone on the roadmap' },
              { label: 'Slip', hint: 'Calendar days later than the baseline', className: 'num' },
              { label: 'Planned', hint: `Its date in the baseline “${report.baseline.name}”` },
              { label: 'Now', hint: 'Its date on the roadmap now' },
              { label: report.scope ? 'Project' : 'Program', hint: whereHint(report) },
            ]}
            empty={`No milestone planned or now falling in ${q} has slipped against “${report.baseline.name}”.`}
            rows={report.slipped.map((s) => ({
              key: s.id,
              testId: 'slipped-milestone',
              cells: [
                <strong key="t">{s.title}</strong>,
                <span
                  key="s"
                  className="status-slip"
                  title={`${s.slipDays} calendar days after ${dayLabel(s.baselineDate)}`}
                >
                  {slipLabel(s.slipDays)}
                </span>,
                dayLabel(s.baselineDate),
                dayLabel(s.date),
                s.rowTitle ?? '–',
              ],
            }))}
          />
        ) : (
          <p className="status-empty">
            No baseline is chosen, so there is nothing to measure slips against. Editors and owners set baselines and
            choose the one to compare against.
          </p>
        )}
      </StatusCard>
    </>
  );
}

function BaselineNote({ report }: { report: StatusReport }) {
  if (!report.baseline) return null;
  return (
    <span className="status-card-note" title="The baseline chosen on this board: the plan slips are measured against">
      against “{report.baseline.name}”
    </span>
  );
}
