import type { FullBoardSnapshot } from './board.js';
import type { IsoDate } from './dates.js';
import { type KpiState, kpiProgress } from './kpiStatus.js';
import { isOpen, type RiskLevel, riskLevel, riskScore } from './riskRules.js';

export interface KpiLine {
  id: string;
  name: string;
  unit: string;
  current: number | null;
  /** The date of the current value. */
  measured: IsoDate | null;
  baseline: number | null;
  target: number;
  dueDate: IsoDate | null;
  state: KpiState;
  /** Where it stands in words ("Off track: 12, no better than the value before, target 7"). */
  text: string;
  itemTitle: string | null;
}

export interface RiskLine {
  id: string;
  title: string;
  probability: number;
  impact: number;
  score: number;
  level: RiskLevel;
  status: string;
  ownerName: string | null;
  itemTitles: string[];
}

/** How many risks the status view lists; the rest are counted. */
export const TOP_RISKS = 5;

/** Worst first: what a review must talk about comes first. */
const KPI_ORDER: Record<KpiState, number> = {
  missed: 0,
  'off-track': 1,
  'no-trend': 2,
  'no-data': 3,
  'on-track': 4,
  met: 5,
};

/** A KPI or risk belongs to the view when its item, or its kickoff's item, is in scope. */
function inScope(
  board: FullBoardSnapshot,
  scope: ReadonlySet<string> | null,
  itemIds: readonly string[],
  kickoffId: string | null,
) {
  if (!scope) return true;
  if (itemIds.some((id) => scope.has(id))) return true;
  const kickoffItem = kickoffId ? board.kickoffs.get(kickoffId)?.itemId : undefined;
  return kickoffItem !== undefined && scope.has(kickoffItem);
}

/** The KPIs of the items in view against their targets, worst first. */
export function kpiLines(board: FullBoardSnapshot, scope: ReadonlySet<string> | null, today: IsoDate): KpiLine[] {
  return board.kpis
    .filter((k) => inScope(board, scope, k.itemId ? [k.itemId] : [], k.kickoffId))
    .map((k) => {
      const p = kpiProgress(k, today);
      return {
        id: k.id,
        name: k.name,
        unit: k.unit,
        current: p.current?.value ?? null,
        measured: p.current?.date ?? null,
        baseline: k.baseline,
        target: k.target,
        dueDate: k.dueDate,
        state: p.state,
        text: p.text,
        itemTitle: k.itemId ? (board.items.get(k.itemId)?.title ?? null) : null,
      };
    })
    .sort((a, b) => KPI_ORDER[a.state] - KPI_ORDER[b.state] || a.name.localeCompare(b.name));
}

/** Open (and mitigating) risks on the items in view, highest score first, then impact. */
export function riskLines(board: FullBoardSnapshot, scope: ReadonlySet<string> | null): RiskLine[] {
  const people = new Map(board.people.map((p) => [p.id, p.name]));
  return board.risks
    .filter((r) => isOpen(r) && inScope(board, scope, r.itemIds, r.kickoffId))
    .map((r) => ({
      id: r.id,
      title: r.title,
      probability: r.probability,
      impact: r.impact,
      score: riskScore(r),
      level: riskLevel(r),
      status: r.status,
      ownerName: r.ownerId ? (people.get(r.ownerId) ?? null) : null,
      itemTitles: r.itemIds.flatMap((id) => board.items.get(id)?.title ?? []),
    }))
    .sort((a, b) => b.score - a.score || b.impact - a.impact || a.title.localeCompare(b.title));
}
