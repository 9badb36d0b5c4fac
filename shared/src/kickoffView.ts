import type { RaciActivity } from './activity.js';
import type { FullBoardSnapshot } from './board.js';
import type { Decision } from './decision.js';
import type { Deliverable } from './deliverable.js';
import type { Item } from './item.js';
import type { Kickoff } from './kickoff.js';
import { kickoffIdFor } from './kickoffLinks.js';
import type { Kpi } from './kpi.js';
import type { Objective } from './objective.js';
import type { RaciCell } from './raci.js';
import type { Risk } from './risk.js';
import type { ScopeEntry } from './scope.js';
import type { Stakeholder } from './stakeholder.js';

/** One kickoff with everything in it, each list in its order: what the kickoff view shows. */
export interface KickoffView {
  kickoff: Kickoff;
  item: Item;
  objectives: Objective[];
  scopeIn: ScopeEntry[];
  scopeOut: ScopeEntry[];
  deliverables: Deliverable[];
  activities: RaciActivity[];
  stakeholders: Stakeholder[];
  decisions: Decision[];
  raci: RaciCell[];
  /** KPIs the kickoff set, and those measuring its item. */
  kpis: Kpi[];
  /** Risks the kickoff raised, and those threatening its item. */
  risks: Risk[];
}

/** A kickoff by id, or null when it is missing or set aside (then it is in `problems`). */
export function kickoffView(board: FullBoardSnapshot, kickoffId: string): KickoffView | null {
  const kickoff = board.kickoffs.get(kickoffId);
  const item = kickoff && board.items.get(kickoff.itemId);
  if (!kickoff || !item) return null;
  const mine = <T extends { kickoffId: string }>(records: readonly T[]) =>
    records.filter((r) => r.kickoffId === kickoffId);
  const scope = mine(board.scope);
  return {
    kickoff,
    item,
    objectives: mine(board.objectives),
    scopeIn: scope.filter((s) => s.side === 'in'),
    scopeOut: scope.filter((s) => s.side === 'out'),
    deliverables: mine(board.deliverables),
    activities: mine(board.activities),
    stakeholders: mine(board.stakeholders),
    decisions: mine(board.decisions),
    raci: mine(board.raci),
    kpis: board.kpis.filter((k) => k.kickoffId === kickoffId || k.itemId === item.id),
    risks: board.risks.filter((r) => r.kickoffId === kickoffId || r.itemIds.includes(item.id)),
  };
}

/** The kickoff of an item, if it has one. */
export function kickoffOfItem(board: FullBoardSnapshot, itemId: string): KickoffView | null {
  return kickoffView(board, kickoffIdFor(itemId));
}
