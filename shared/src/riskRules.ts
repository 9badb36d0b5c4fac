import type { Risk } from './risk.js';

/**
 * Risk scoring on a 5x5 matrix: score = probability x impact (1-25).
 *
 * High: a score of 15 or more (the top-right corner: 3x5, 4x4, 5x3 and up), or any
 * impact of 5, however unlikely: a PMO escalates what would sink the project even when it
 * is rare. Medium: 5 to 14. Low: 4 or less.
 * An open high risk (open or mitigating, not closed) marks the bars of its items.
 */
export const HIGH_RISK_SCORE = 15;
export const MEDIUM_RISK_SCORE = 5;

export type RiskLevel = 'low' | 'medium' | 'high';

export function riskScore(r: Pick<Risk, 'probability' | 'impact'>): number {
  return r.probability * r.impact;
}

export function riskLevel(r: Pick<Risk, 'probability' | 'impact'>): RiskLevel {
  const score = riskScore(r);
  if (score >= HIGH_RISK_SCORE || r.impact === 5) return 'high';
  return score >= MEDIUM_RISK_SCORE ? 'medium' : 'low';
}

export function isOpen(r: Pick<Risk, 'status'>): boolean {
  return r.status !== 'closed';
}

export function isOpenHighRisk(r: Pick<Risk, 'probability' | 'impact' | 'status'>): boolean {
  return isOpen(r) && riskLevel(r) === 'high';
}

export interface HeatCell {
  probability: number;
  impact: number;
  score: number;
  level: RiskLevel;
  /** The risks placed in this cell, in the order of the risk list. */
  riskIds: string[];
}

/**
 * The 5x5 heat map: 25 cells, impact 5 in the first row down to 1, probability 1 to 5
 * left to right (how the map is drawn). Closed risks are left out unless asked for.
 */
export function heatMap(risks: readonly Risk[], opts: { includeClosed?: boolean } = {}): HeatCell[] {
  const cells: HeatCell[] = [];
  for (let impact = 5; impact >= 1; impact--) {
    for (let probability = 1; probability <= 5; probability++) {
      const at = { probability, impact };
      cells.push({ ...at, score: riskScore(at), level: riskLevel(at), riskIds: [] });
    }
  }
  for (const r of risks) {
    if (!opts.includeClosed && !isOpen(r)) continue;
    cells[(5 - r.impact) * 5 + (r.probability - 1)]?.riskIds.push(r.id);
  }
  return cells;
}

/** The risks in one cell of the map: what a click on it filters to. */
export function risksInCell(risks: readonly Risk[], probability: number, impact: number): Risk[] {
  return risks.filter((r) => r.probability === probability && r.impact === impact);
}

/** Items with at least one open high risk, each with those risks, highest score first. */
export function openHighRisksByItem(risks: readonly Risk[]): Map<string, Risk[]> {
  const out = new Map<string, Risk[]>();
  for (const r of risks) {
    if (!isOpenHighRisk(r)) continue;
    for (const itemId of new Set(r.itemIds)) out.set(itemId, [...(out.get(itemId) ?? []), r]);
  }
  for (const list of out.values()) list.sort((a, b) => riskScore(b) - riskScore(a));
  return out;
}
