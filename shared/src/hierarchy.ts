import { fromDayNumber, type IsoDate, toDayNumber } from './dates.js';

export interface Node {
  id: string;
  kind: string;
  parentId: string | null;
  start: IsoDate;
  end: IsoDate;
  progress: number;
}

export interface RollUp {
  start: IsoDate;
  end: IsoDate;
  /** Children's progress weighted by their duration in days (milestones carry no weight). */
  progress: number;
  /** Number of descendants behind the figure. */
  count: number;
}

interface Acc extends RollUp {
  /** Whether any non-milestone descendant carries the figure (or only milestones). */
  work: boolean;
}

/**
 * Roll-ups for every item that has children: the span of its descendants and their
 * progress weighted by duration, children rolled up first so a program spans its
 * projects as they span their tasks. A child whose own children are only milestones
 * counts with its own dates and progress (stretched to cover its milestones): a project
 * with a go-live milestone spans its planned weeks, not the milestone's day.
 */
export function rollUps(nodes: readonly Node[]): Map<string, RollUp> {
  const children = new Map<string, Node[]>();
  for (const n of nodes) {
    if (n.parentId) children.set(n.parentId, [...(children.get(n.parentId) ?? []), n]);
  }
  const done = new Map<string, Acc>();
  const visiting = new Set<string>();
  const visit = (id: string): Acc | undefined => {
    const known = done.get(id);
    if (known) return known;
    const kids = children.get(id);
    if (!kids?.length || visiting.has(id)) return undefined;
    visiting.add(id);
    let first = Number.POSITIVE_INFINITY;
    let last = Number.NEGATIVE_INFINITY;
    let weighted = 0;
    let weight = 0;
    let count = 0;
    let work = false;
    for (const kid of kids) {
      const sub = visit(kid.id);
      const own = !sub?.work;
      const start = own
        ? Math.min(toDayNumber(kid.start), sub ? toDayNumber(sub.start) : Infinity)
        : toDayNumber(sub.start);
      const end = own ? Math.max(toDayNumber(kid.end), sub ? toDayNumber(sub.end) : -Infinity) : toDayNumber(sub.end);
      first = Math.min(first, start);
      last = Math.max(last, end);
      const milestone = kid.kind === 'milestone';
      const days = milestone ? 0 : end - start + 1;
      weighted += (own ? kid.progress : (sub as Acc).progress) * days;
      weight += days;
      count += 1 + (sub?.count ?? 0);
      if (!milestone || sub?.work) work = true;
    }
    visiting.delete(id);
    const progress = weight > 0 ? weighted / weight : kids.reduce((sum, k) => sum + k.progress, 0) / kids.length;
    const result: Acc = {
      start: fromDayNumber(first),
      end: fromDayNumber(last),
      progress: Math.round(progress * 10) / 10,
      count,
      work,
    };
    done.set(id, result);
    return result;
  };
  const out = new Map<string, RollUp>();
  for (const id of children.keys()) {
    const r = visit(id);
    if (r) out.set(id, { start: r.start, end: r.end, progress: r.progress, count: r.count });
  }
  return out;
}
