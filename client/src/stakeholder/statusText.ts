import type { KpiLine, RiskLine, TeamQuarter } from '@planroom/shared';
import { dayText, numberFormat } from '../i18n/format';

/** "15 Feb 2027" / "15 feb. 2027" / "15. feb. 2027": day before month, in the person's locale. */
export function dayLabel(date: string): string {
  return dayText(date);
}

/** "1,240 h" / "1 240 h" / "1.240 h", grouped as the person's locale does. */
export function hoursLabel(hours: number): string {
  return `${numberFormat().format(Math.round(Math.abs(hours)))} h`;
}

/** The balance of a team in words: "Short 110 h (2.1 FTE)" / "Spare 256 h (5.0 FTE)" / "Balanced". */
export function balanceLabel(t: Pick<TeamQuarter, 'hours' | 'fte'>): string {
  if (Math.abs(t.hours) < 0.5) return 'Balanced';
  const fte = Math.abs(t.fte).toFixed(1);
  return `${t.hours < 0 ? 'Short' : 'Spare'} ${hoursLabel(t.hours)} (${fte} FTE)`;
}

/** Why a team's figure is what it is: the tooltip on its row. */
export function balanceHint(t: TeamQuarter, quarterLabel: string): string {
  const people = `${t.people} ${t.people === 1 ? 'person' : 'people'}`;
  return (
    `${t.name}: ${people} can work ${hoursLabel(t.capacity)} in ${quarterLabel} (working days, less time off); ` +
    `${hoursLabel(t.demand)} is assigned to them over the same days. ` +
    (t.hours < 0 ? 'A shortfall: more work than hours.' : 'Spare hours: capacity left over.')
  );
}

export function slipLabel(days: number): string {
  return `${days} ${days === 1 ? 'day' : 'days'} late`;
}

export function kpiValue(value: number | null, unit: string): string {
  if (value === null) return '–';
  const n = Number.isInteger(value) ? String(value) : value.toFixed(1);
  return unit ? `${n} ${unit}` : n;
}

export const KPI_STATE_LABELS: Record<KpiLine['state'], string> = {
  met: 'Met',
  missed: 'Missed',
  'on-track': 'On track',
  'off-track': 'Off track',
  'no-trend': 'No trend yet',
  'no-data': 'No values yet',
};

/** "Likelihood 4 × impact 5 = 20 (high)": how a risk's score comes about. */
export function riskScoreHint(r: Pick<RiskLine, 'probability' | 'impact' | 'score' | 'level'>): string {
  return `Probability ${r.probability} × impact ${r.impact} = score ${r.score} (${r.level}); 15 or more is high`;
}

/** "12 of 20" style count with the noun agreeing. */
export function countLabel(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
