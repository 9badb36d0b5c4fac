import type { KickoffBrief, KpiState, RiskLevel } from '@planroom/shared';
import { RACI_NAMES, RACI_VALUES } from '@planroom/shared';
import { keyed } from './briefKeys';

/**
 * From this many columns on, the RACI headings stand upright: lying down, their words would
 * no longer fit the width of a column on A4.
 */
const UPRIGHT_HEADINGS_FROM = 13;

export function BriefRaci({ raci }: { raci: KickoffBrief['raci'] }) {
  const upright = raci.columns.length >= UPRIGHT_HEADINGS_FROM;
  const columns = keyed(raci.columns, (c) => c);
  return (
    <>
      <table className={`brief-raci${upright ? ' is-upright' : ''}`}>
        <thead>
          <tr>
            <th scope="col" className="brief-raci-row">
              Deliverable or activity
            </th>
            {columns.map(([key, label]) => (
              <th key={key} scope="col">
                <span>{label}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {keyed(raci.rows, (r) => r.title).map(([key, row]) => (
            <tr key={key}>
              <th scope="row" className="brief-raci-row">
                {row.title}
              </th>
              {columns.map(([column], i) => {
                const value = row.cells[i] ?? '';
                return (
                  <td key={column} className={value === 'A' || value === 'R' ? 'is-strong' : undefined}>
                    {value}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="brief-legend">{RACI_VALUES.map((v) => `${v} ${RACI_NAMES[v]}`).join(' · ')}</p>
      {raci.issues.length > 0 && (
        <ul className="brief-issues">
          {keyed(raci.issues, (i) => `${i.row}: ${i.text}`).map(([key, issue]) => (
            <li key={key}>
              <strong>{issue.row}:</strong> {issue.text}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

const KPI_STATES: Record<KpiState, string> = {
  met: 'Met',
  'on-track': 'On track',
  'off-track': 'Off track',
  missed: 'Missed',
  'no-trend': 'One value',
  'no-data': 'No data',
};

export function BriefKpis({ kpis }: { kpis: KickoffBrief['kpis'] }) {
  return (
    <ul className="brief-measures">
      {keyed(kpis, (k) => k.name).map(([key, k]) => (
        <li key={key}>
          <span className={`brief-badge is-${k.state}`}>{KPI_STATES[k.state]}</span>
          <strong>{k.name}</strong>
          <span className="brief-detail">
            {k.current ?? 'no value yet'} now · target {k.target}
          </span>
          <span className="brief-detail">{k.text}</span>
        </li>
      ))}
    </ul>
  );
}

const LEVELS: Record<RiskLevel, string> = { high: 'High', medium: 'Medium', low: 'Low' };

export function BriefRisks({ risks }: { risks: KickoffBrief['risks'] }) {
  return (
    <ul className="brief-measures">
      {keyed(risks, (r) => r.title).map(([key, r]) => (
        <li key={key}>
          <span className={`brief-badge is-${r.level}`}>
            {LEVELS[r.level]} {r.probability}×{r.impact}
          </span>
          <strong>{r.title}</strong>
          <span className="brief-detail">
            {r.owner ?? 'No owner'}
            {r.status === 'mitigating' ? ' · mitigating' : ''}
          </span>
          <span className="brief-detail">{r.mitigation ? `Mitigation: ${r.mitigation}` : 'No mitigation yet'}</span>
        </li>
      ))}
    </ul>
  );
}
