import {
  type HeatCell,
  HIGH_RISK_SCORE,
  MEDIUM_RISK_SCORE,
  type Risk,
  type RiskLevel,
  type RiskStatus,
  riskLevel,
  riskScore,
} from '@planroom/shared';

/* Words of the risk list and the heat map, and which risks a picked cell shows. */

export const LEVEL_LABELS: Record<RiskLevel, string> = { low: 'Low', medium: 'Medium', high: 'High' };

export const STATUS_LABELS: Record<RiskStatus, string> = { open: 'Open', mitigating: 'Mitigating', closed: 'Closed' };

/** The 1-5 scales in words, as a risk workshop says them. */
export const PROBABILITY_WORDS = ['Rare', 'Unlikely', 'Possible', 'Likely', 'Almost certain'] as const;
export const IMPACT_WORDS = ['Negligible', 'Minor', 'Moderate', 'Major', 'Severe'] as const;

/** "3 · Possible": an option of the probability or impact select. */
export function scaleOption(n: number, words: readonly string[]): string {
  return `${n} · ${words[n - 1] ?? ''}`;
}

/** Why a risk has its level (the badge's tooltip). */
export function levelReason(r: Pick<Risk, 'probability' | 'impact'>): string {
  const score = riskScore(r);
  const head = `Score ${score} = probability ${r.probability} × impact ${r.impact}`;
  const level = riskLevel(r);
  if (level === 'high')
    return score >= HIGH_RISK_SCORE
      ? `${head}: high (${HIGH_RISK_SCORE} or more). While open, it marks its items on the roadmap.`
      : `${head}: high, because an impact of 5 is escalated however unlikely. While open, it marks its items on the roadmap.`;
  return level === 'medium'
    ? `${head}: medium (${MEDIUM_RISK_SCORE} to ${HIGH_RISK_SCORE - 1})`
    : `${head}: low (${MEDIUM_RISK_SCORE - 1} or less)`;
}

/** A cell of the heat map, picked to filter the risk list. */
export interface HeatPick {
  probability: number;
  impact: number;
}

export function samePick(a: HeatPick | null, b: HeatPick | null): boolean {
  return a?.probability === b?.probability && a?.impact === b?.impact;
}

/** A click on a cell picks it; a click on the picked cell shows all again. */
export function togglePick(current: HeatPick | null, clicked: HeatPick): HeatPick | null {
  return samePick(current, clicked) ? null : { probability: clicked.probability, impact: clicked.impact };
}

/**
 * The risks the list shows: all, or those the picked cell counts (the open ones, as the
 * map places them), in the list's order.
 */
export function risksInPick(risks: readonly Risk[], heat: readonly HeatCell[], pick: HeatPick | null): Risk[] {
  if (!pick) return [...risks];
  const cell = heat.find((c) => samePick(c, pick));
  const ids = new Set(cell?.riskIds);
  return risks.filter((r) => ids.has(r.id));
}

/** The line above a filtered list: "2 open risks with probability 4 and impact 5". */
export function pickText(pick: HeatPick, count: number): string {
  const what = count === 1 ? '1 open risk' : `${count === 0 ? 'No' : count} open risks`;
  return `${what} with probability ${pick.probability} (${PROBABILITY_WORDS[pick.probability - 1]}) and impact ${pick.impact} (${IMPACT_WORDS[pick.impact - 1]})`;
}
