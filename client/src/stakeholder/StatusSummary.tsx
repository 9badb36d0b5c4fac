import { STATUSES, type Status, type StatusReport } from '@planroom/shared';
import { StatusIcon, statusInfo } from '../ui/icons';
import { StatusCard, StatusTable } from './StatusCard';
import { dayLabel } from './statusText';

function Progress({ value, label }: { value: number; label: string }) {
  const pct = Math.round(value);
  return (
    <span className="status-progress" title={label}>
      <span className="status-progress-track" aria-hidden="true">
        <span className="status-progress-fill" style={{ width: `${Math.min(100, Math.max(0, pct))}%` }} />
      </span>
      <span className="status-progress-text">{pct}%</span>
    </span>
  );
}

export function StatusBadge({ status }: { status: Status }) {
  const info = statusInfo(status);
  return (
    <span className={`status-badge st-${status}`} title={`${info.label}: ${info.hint}`}>
      <StatusIcon status={status} />
      {info.label}
    </span>
  );
}

/** The tiles at the top: progress, health, and how many milestones, slips, risks and short teams. */
export function StatusSummary({ report }: { report: StatusReport }) {
  const rowsName = report.scope ? 'projects' : 'programs';
  const short = report.capacity.teams.filter((t) => t.hours < -0.5).length;
  const high = report.risks.filter((r) => r.level === 'high').length;
  const tiles: [string, string | number, string, string][] = [
    ['due', report.due.length, 'Milestones due', `Milestones dated in ${report.quarter.label} and not done yet`],
    ['done', report.done.length, 'Milestones done', `Milestones dated in ${report.quarter.label} and marked done`],
    [
      'slipped',
      report.baseline ? report.slipped.length : '–',
      'Slipped',
      report.baseline
        ? `Milestones later than the baseline “${report.baseline.name}”, planned or now falling in ${report.quarter.label}`
        : 'No baseline is chosen, so nothing to compare against',
    ],
    ['risks', high, 'High risks', 'Open risks scoring 15 or more (probability × impact)'],
    ['short', short, 'Teams short', `Teams with more hours assigned than they can work in ${report.quarter.label}`],
  ];
  return (
    <div className="status-summary" data-testid="status-summary">
      <div className="status-tile status-tile-wide">
        <span className="status-tile-label">Progress</span>
        <Progress
          value={report.progress}
          label={`Progress of ${report.scope ? `“${report.scope.title}”` : 'the whole portfolio'}, rolled up from the work under it and weighted by duration (milestones carry no weight)`}
        />
        {report.scope && <StatusBadge status={report.scope.status} />}
        <span className="status-health" title={`How many ${rowsName} are in each status`}>
          {STATUSES.filter((s) => report.health[s] > 0).map((s) => (
            <span
              key={s}
              className={`status-health-part st-${s}`}
              title={`${report.health[s]} ${rowsName} ${statusInfo(s).label.toLowerCase()}`}
            >
              <StatusIcon status={s} /> {report.health[s]}
            </span>
          ))}
        </span>
      </div>
      {tiles.map(([id, value, label, hint]) => (
        <div
          key={id}
          className={`status-tile tile-${id}${typeof value === 'number' && value > 0 ? ' has-some' : ''}`}
          title={hint}
          data-testid={`tile-${id}`}
        >
          <span className="status-tile-value">{value}</span>
          <span className="status-tile-label">{label}</span>
        </div>
      ))}
    </div>
  );
}

/** The portfolio's programs (or a program's projects) with their status, progress and quarter counts. */
export function RowsCard({ report }: { report: StatusReport }) {
  const kind = report.scope ? 'Projects' : 'Programs';
  return (
    <StatusCard
      id="rows"
      title={kind}
      hint={`Each of the ${kind.toLowerCase()} in view: status, progress and its milestones in ${report.quarter.label}`}
    >
      <StatusTable
        columns={[
          { label: 'Name', hint: 'The item on the roadmap' },
          { label: 'Status', hint: 'Its status on the roadmap (red, amber, green)' },
          { label: 'Progress', hint: 'Rolled up from the work under it, weighted by duration' },
          { label: 'Dates', hint: 'From its first start to its last end, including the work under it' },
          { label: 'Due', hint: `Milestones under it due in ${report.quarter.label}, not done yet`, className: 'num' },
          { label: 'Done', hint: `Milestones under it done in ${report.quarter.label}`, className: 'num' },
          { label: 'Slipped', hint: 'Milestones under it later than the baseline', className: 'num' },
        ]}
        empty={`No ${kind.toLowerCase()} here yet.`}
        rows={report.rows.map((r) => ({
          key: r.id,
          testId: 'status-row',
          cells: [
            <strong key="t">{r.title}</strong>,
            <StatusBadge key="s" status={r.status} />,
            <Progress key="p" value={r.progress} label={`${Math.round(r.progress)}% done`} />,
            `${dayLabel(r.start)} – ${dayLabel(r.end)}`,
            r.due,
            r.done,
            report.baseline ? r.slipped : '–',
          ],
        }))}
      />
    </StatusCard>
  );
}
