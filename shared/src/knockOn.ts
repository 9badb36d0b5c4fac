import { addDays } from './dates.js';
import type { Dependency } from './dependency.js';
import type { Item } from './item.js';
import {
  type CpmResult,
  checkLink,
  criticalPath,
  finishOf,
  linkGap,
  type Span,
  startOf,
  type Violation,
} from './schedule.js';

function span(item: Item, shift = 0): Span {
  return {
    id: item.id,
    title: item.title,
    start: shift ? addDays(item.start, shift) : item.start,
    end: shift ? addDays(item.end, shift) : item.end,
    milestone: item.kind === 'milestone',
  };
}

/** Every link that does not hold, with the reason in words. */
export function violations(items: ReadonlyMap<string, Item>, deps: readonly Dependency[]): Map<string, Violation> {
  const out = new Map<string, Violation>();
  for (const dep of deps) {
    const from = items.get(dep.from);
    const to = items.get(dep.to);
    if (!from || !to) continue;
    const v = checkLink(dep, span(from), span(to));
    if (v) out.set(dep.id, v);
  }
  return out;
}

/**
 * How far each successor moves when `movedIds` move by `days` with "move dependents too".
 * A successor moves only as far as its links require: pushed when a link would break,
 * pulled back along when it was scheduled tight against a moved predecessor (no gap), and
 * never so far back that another of its links breaks. Applied transitively, in order.
 */
export function knockOnShifts(
  items: ReadonlyMap<string, Item>,
  deps: readonly Dependency[],
  movedIds: readonly string[],
  days: number,
): Map<string, number> {
  const shifts = new Map<string, number>(movedIds.filter((id) => items.has(id)).map((id) => [id, days]));
  const incoming = new Map<string, Dependency[]>();
  const outgoing = new Map<string, Dependency[]>();
  for (const d of deps) {
    if (!items.has(d.from) || !items.has(d.to)) continue;
    incoming.set(d.to, [...(incoming.get(d.to) ?? []), d]);
    outgoing.set(d.from, [...(outgoing.get(d.from) ?? []), d]);
  }
  const moved = new Set(shifts.keys());
  const queue = [...moved];
  // each item is re-examined when a predecessor's shift changes; the bound guards against
  // a loop that concurrent edits slipped past the cycle check
  let budget = (items.size + deps.length) * 4 + 16;
  while (queue.length && budget-- > 0) {
    for (const dep of outgoing.get(queue.shift() as string) ?? []) {
      const id = dep.to;
      if (moved.has(id)) continue;
      const item = span(items.get(id) as Item);
      let need = Number.NEGATIVE_INFINITY;
      let followsTight = false;
      for (const link of incoming.get(id) ?? []) {
        const pred = items.get(link.from) as Item;
        const predShift = shifts.get(link.from) ?? 0;
        need = Math.max(need, -linkGap(link, span(pred, predShift), item));
        if (predShift !== 0 && linkGap(link, span(pred), item) === 0) followsTight = true;
      }
      const shift = need > 0 || followsTight ? need : 0;
      if ((shifts.get(id) ?? 0) !== shift) {
        shifts.set(id, shift);
        queue.push(id);
      }
    }
  }
  for (const id of moved) shifts.delete(id);
  for (const [id, s] of shifts) if (s === 0) shifts.delete(id);
  return shifts;
}

export interface BoardCriticalPath {
  critical: Set<string>;
  /** Days each item can slip without moving the end of the plan. */
  slack: Map<string, number>;
}

/**
 * The critical path through the items' current dates: each item may start no earlier
 * than planned, links push their successors, and slack is measured against the latest
 * finish. Containers (items with a child that is not a milestone) are left out: their
 * children carry the work. A project whose children are only milestones stays in.
 * `scopeIds` limits it to, say, one program's items. A loop of links gives an empty result.
 */
export function boardCriticalPath(
  items: ReadonlyMap<string, Item>,
  deps: readonly Dependency[],
  scopeIds?: ReadonlySet<string>,
): BoardCriticalPath {
  const parents = new Set<string>();
  for (const i of items.values()) if (i.parentId && i.kind !== 'milestone') parents.add(i.parentId);
  const work = [...items.values()].filter((i) => !parents.has(i.id) && (!scopeIds || scopeIds.has(i.id)));
  if (!work.length) return { critical: new Set(), slack: new Map() };
  const origin = Math.min(...work.map((i) => startOf(span(i))));
  let result: CpmResult;
  try {
    result = criticalPath(
      work.map((i) => ({
        id: i.id,
        duration: finishOf(span(i)) - startOf(span(i)),
        notBefore: startOf(span(i)) - origin,
      })),
      deps,
    );
  } catch {
    return { critical: new Set(), slack: new Map() };
  }
  return { critical: result.critical, slack: result.slack };
}
