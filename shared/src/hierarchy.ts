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

/** Children of every parent, in one pass: what walking a hierarchy down needs. */
export function childrenByParent(
  items: Iterable<readonly [string, { parentId: string | null }]>,
): Map<string, string[]> {
  const children = new Map<string, string[]>();
  for (const [id, item] of items) {
    if (!item.parentId) continue;
    const list = children.get(item.parentId);
    if (list) list.push(id);
    else children.set(item.parentId, [id]);
  }
  return children;
}

/**
 * Every descendant of the given items (children, their children…), excluding the items
 * themselves: what moves along when a parent moves. Safe against a loop of parents.
 */
export function descendantsOf(
  items: ReadonlyMap<string, { parentId: string | null }>,
  ids: Iterable<string>,
): string[] {
  return descendantsIn(childrenByParent(items), ids);
}

/** `descendantsOf` over a children index already built (see `childrenByParent`). */
export function descendantsIn(children: ReadonlyMap<string, readonly string[]>, ids: Iterable<string>): string[] {
  const seen = new Set(ids);
  const out: string[] = [];
  const stack = [...seen];
  while (stack.length) {
    for (const kid of children.get(stack.pop() as string) ?? []) {
      if (seen.has(kid)) continue;
      seen.add(kid);
      out.push(kid);
      stack.push(kid);
    }
  }
  return out;
}

const RANK: Record<string, number> = { portfolio: 0, program: 1, project: 2, task: 3, milestone: 4 };

/**
 * The items that can be an item's parent: a portfolio, program or project higher in the
 * hierarchy than it, and not the item or one of its descendants (that would make a loop).
 */
export function parentOptions<T extends { id: string; kind: string; title: string; parentId: string | null }>(
  items: ReadonlyMap<string, T>,
  item: { id: string; kind: string },
): Array<Pick<T, 'id' | 'title' | 'kind'>> {
  const rank = (kind: string) => RANK[kind] ?? RANK.task ?? 3;
  const inside = new Set([item.id, ...descendantsOf(items, [item.id])]);
  return [...items.values()]
    .filter((p) => rank(p.kind) < Math.min(rank(item.kind), rank('task')) && !inside.has(p.id))
    .sort((a, b) => rank(a.kind) - rank(b.kind) || a.title.localeCompare(b.title))
    .map((p) => ({ id: p.id, title: p.title, kind: p.kind }));
}
