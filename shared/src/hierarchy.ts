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

/**
 * Roll-ups for every item that has children: the span of its descendants and their
 * progress weighted by duration. Children are rolled up first, so a program spans its
 * projects as they span their tasks.
 */
export function rollUps(nodes: readonly Node[]): Map<string, RollUp> {
  const children = new Map<string, Node[]>();
  for (const n of nodes) {
    if (n.parentId) children.set(n.parentId, [...(children.get(n.parentId) ?? []), n]);
  }
  const out = new Map<string, RollUp>();
  const visiting = new Set<string>();
  const visit = (id: string): RollUp | undefined => {
    const done = out.get(id);
    if (done) return done;
    const kids = children.get(id);
    if (!kids?.length || visiting.has(id)) return undefined;
    visiting.add(id);
    let first = Number.POSITIVE_INFINITY;
    let last = Number.NEGATIVE_INFINITY;
    let weighted = 0;
    let weight = 0;
    let count = 0;
    for (const kid of kids) {
      const sub = visit(kid.id);
      const start = toDayNumber(sub?.start ?? kid.start);
      const end = toDayNumber(sub?.end ?? kid.end);
      first = Math.min(first, start);
      last = Math.max(last, end);
      const days = kid.kind === 'milestone' ? 0 : end - start + 1;
      weighted += (sub?.progress ?? kid.progress) * days;
      weight += days;
      count += 1 + (sub?.count ?? 0);
    }
    visiting.delete(id);
    const progress = weight > 0 ? weighted / weight : kids.reduce((s, k) => s + k.progress, 0) / kids.length;
    const result = {
      start: fromDayNumber(first),
      end: fromDayNumber(last),
      progress: Math.round(progress * 10) / 10,
      count,
    };
    out.set(id, result);
    return result;
  };
  for (const id of children.keys()) visit(id);
  return out;
}
