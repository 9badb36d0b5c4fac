import type { StatusReport } from '@planroom/shared';
import { StatusCard, StatusTable } from './StatusCard';
import { balanceHint, balanceLabel, hoursLabel } from './statusText';

/** Each team's shortfall or excess over the quarter, shortfalls first. */
export function CapacityCard({ report }: { report: StatusReport }) {
  const q = report.quarter.label;
  const { teams, unstaffed } = report.capacity;
  return (
    <StatusCard
      id="capacity"
      title="Capacity"
      hint={`Each team's hours in ${q} against the hours assigned to its people, counted by working day; shortfalls first`}
    >
      <StatusTable
        columns={[
          { label: 'Team', hint: 'A team of the board, and how many people are in it' },
          {
            label: 'Capacity',
            hint: `Hours its people can work in ${q}: working days, less time off`,
            className: 'num',
          },
          { label: 'Assigned', hint: `Hours assigned to its people on the working days of ${q}`, className: 'num' },
          ...(report.scope
            ? [{ label: 'Here', hint: `Of those, the hours on “${report.scope.title}”`, className: 'num' }]
            : []),
          {
            label: 'Balance',
            hint: 'Capacity less assigned: a shortfall (short) or excess (spare), also in full-time people',
          },
        ]}
        empty={
          report.scope
            ? `No team has hours on “${report.scope.title}” in ${q}.`
            : 'No teams or people on this board yet.'
        }
        rows={teams.map((t) => ({
          key: t.teamId ?? 'none',
          testId: 'status-team',
          className: t.hours < -0.5 ? 'is-short' : undefined,
          title: balanceHint(t, q),
          cells: [
            <span key="n">
              <strong>{t.name}</strong>
              <span className="status-sub">
                {' '}
                {t.people} {t.people === 1 ? 'person' : 'people'}
              </span>
            </span>,
            hoursLabel(t.capacity),
            hoursLabel(t.demand),
            ...(report.scope ? [hoursLabel(t.inScope)] : []),
            <span key="b" className={t.hours < -0.5 ? 'status-short' : 'status-spare'}>
              {balanceLabel(t)}
            </span>,
          ],
        }))}
      />
      {unstaffed.length > 0 && (
        <p className="status-unstaffed" title="Role demand on the items in view that nobody is assigned to yet">
          Not staffed yet: {unstaffed.map((u) => `${u.role || 'no role named'} ${hoursLabel(u.hours)}`).join(', ')}
        </p>
      )}
    </StatusCard>
  );
}
