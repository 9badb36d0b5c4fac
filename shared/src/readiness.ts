import type { Item } from './item.js';
import type { KickoffView } from './kickoffView.js';
import type { Objective } from './objective.js';
import { RACI_NAMES } from './raci.js';

export const READINESS_CHECKS = {
  objectives: 'Objectives are measurable',
  'scope-in': 'Something is in scope',
  'scope-out': 'Something is out of scope',
  raci: `Every deliverable has someone ${RACI_NAMES.A} and someone ${RACI_NAMES.R}`,
  sponsor: 'A sponsor is named',
  'budget-owner': 'A budget owner is named',
  milestone: 'A kickoff milestone is on the roadmap',
} as const;

export type ReadinessCheck = keyof typeof READINESS_CHECKS;

export interface ReadinessGap {
  check: ReadinessCheck;
  text: string;
  /** The record the gap is about, when it is one (an objective, a deliverable). */
  recordId?: string;
}

export interface Readiness {
  ready: boolean;
  /** What is still missing, in words, in the order of the checks. */
  gaps: ReadinessGap[];
  /** Checks with no gap left. */
  done: ReadinessCheck[];
}

function joinWords(words: readonly string[]): string {
  return words.length < 2 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** What an objective lacks to be measurable: a measure, a target and a date. */
export function unmeasured(o: Objective): string[] {
  return [!o.measure.trim() && 'a measure', !o.target.trim() && 'a target', !o.date && 'a date'].filter(
    (w): w is string => typeof w === 'string',
  );
}

function objectiveGaps(view: KickoffView): ReadinessGap[] {
  if (!view.objectives.length) return [{ check: 'objectives', text: 'No objectives yet' }];
  return view.objectives.flatMap((o) => {
    const lacks = unmeasured(o);
    return lacks.length
      ? [{ check: 'objectives' as const, recordId: o.id, text: `Objective “${o.text}” needs ${joinWords(lacks)}` }]
      : [];
  });
}

function raciGaps(view: KickoffView): ReadinessGap[] {
  if (!view.deliverables.length) return [{ check: 'raci', text: 'No deliverables yet' }];
  const values = new Map<string, Set<string>>();
  for (const c of view.raci) values.set(c.row, (values.get(c.row) ?? new Set()).add(c.value));
  return view.deliverables.flatMap((d) => {
    const has = values.get(d.id) ?? new Set();
    const lacks = (['A', 'R'] as const).filter((v) => !has.has(v)).map((v) => RACI_NAMES[v]);
    if (!lacks.length) return [];
    return [
      { check: 'raci' as const, recordId: d.id, text: `Deliverable “${d.title}” has no one ${lacks.join(' or ')}` },
    ];
  });
}

/**
 * The readiness checklist of a kickoff, computed from its records. A kickoff milestone
 * is a deliverable's milestone on the roadmap (made by createDeliverableMilestone, or
 * linked by hand).
 */
export function readiness(view: KickoffView, items: ReadonlyMap<string, Item>): Readiness {
  const { kickoff } = view;
  const gaps: ReadinessGap[] = [...objectiveGaps(view)];
  if (!view.scopeIn.length) gaps.push({ check: 'scope-in', text: 'Nothing is in scope yet' });
  if (!view.scopeOut.length) gaps.push({ check: 'scope-out', text: 'Nothing is out of scope yet' });
  gaps.push(...raciGaps(view));
  if (!kickoff.sponsor) gaps.push({ check: 'sponsor', text: 'No sponsor named' });
  if (!kickoff.budgetOwner) gaps.push({ check: 'budget-owner', text: 'No budget owner named' });
  const onRoadmap = view.deliverables.some((d) => d.milestoneId && items.get(d.milestoneId)?.kind === 'milestone');
  if (!onRoadmap) gaps.push({ check: 'milestone', text: 'No deliverable has its milestone on the roadmap yet' });
  const open = new Set(gaps.map((g) => g.check));
  const done = (Object.keys(READINESS_CHECKS) as ReadinessCheck[]).filter((c) => !open.has(c));
  return { ready: gaps.length === 0, gaps, done };
}
