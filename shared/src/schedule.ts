import { type IsoDate, toDayNumber } from './dates.js';
import type { DepType } from './dependency.js';

/** What scheduling needs of an item: its days, and whether it is a point in time. */
export interface Span {
  id: string;
  title: string;
  start: IsoDate;
  end: IsoDate;
  milestone?: boolean;
}

export interface Link {
  id?: string;
  from: string;
  to: string;
  type: DepType;
  lagDays: number;
}

/**
 * Day boundaries: an item starts at the beginning of `start` and finishes at the end of
 * `end` (the next day's boundary). A milestone is a point: it finishes where it starts.
 */
export function startOf(s: Span): number {
  return toDayNumber(s.start);
}

export function finishOf(s: Span): number {
  return s.milestone ? toDayNumber(s.start) : toDayNumber(s.end) + 1;
}

const edge = { S: startOf, F: finishOf };
/** [successor side, predecessor side] of each link type: to[x] >= from[y] + lag. */
const SIDES: Record<DepType, ['S' | 'F', 'S' | 'F']> = {
  FS: ['S', 'F'],
  SS: ['S', 'S'],
  FF: ['F', 'F'],
  SF: ['F', 'S'],
};

export interface Violation {
  /** Days the successor is too early. */
  days: number;
  message: string;
}

const plural = (n: number) => `${n} day${n === 1 ? '' : 's'}`;

/** Spare days on a link: negative when the successor is that many days too early. */
export function linkGap(link: Pick<Link, 'type' | 'lagDays'>, from: Span, to: Span): number {
  const [toSide, fromSide] = SIDES[link.type];
  return edge[toSide](to) - (edge[fromSide](from) + link.lagDays);
}

/** Null when the link holds; otherwise by how much it is broken, in words. */
export function checkLink(link: Link, from: Span, to: Span): Violation | null {
  const [toSide, fromSide] = SIDES[link.type];
  const days = -linkGap(link, from, to);
  if (days <= 0) return null;
  const verb = toSide === 'S' ? 'starts' : 'ends';
  const event = fromSide === 'S' ? 'starts' : 'ends';
  if (link.lagDays === 0) return { days, message: `${verb} ${plural(days)} before ${from.title} ${event}` };
  const lag = link.lagDays > 0 ? `${plural(link.lagDays)} after` : `${plural(-link.lagDays)} before`;
  return {
    days,
    message: `${verb} ${plural(days)} too early: it may ${verb === 'starts' ? 'start' : 'end'} ${lag} ${from.title} ${event}`,
  };
}

/** True when adding from -> to would close a loop of dependencies. */
export function wouldCreateCycle(links: readonly Pick<Link, 'from' | 'to'>[], from: string, to: string): boolean {
  if (from === to) return true;
  const next = new Map<string, string[]>();
  for (const l of links) next.set(l.from, [...(next.get(l.from) ?? []), l.to]);
  const seen = new Set<string>();
  const stack = [to];
  while (stack.length) {
    const id = stack.pop() as string;
    if (id === from) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(next.get(id) ?? []));
  }
  return false;
}

export interface Activity {
  id: string;
  duration: number;
  /** Earliest the activity may start (e.g. its own planned start); default 0. */
  notBefore?: number;
}

export interface CpmResult {
  es: Map<string, number>;
  ef: Map<string, number>;
  ls: Map<string, number>;
  lf: Map<string, number>;
  slack: Map<string, number>;
  critical: Set<string>;
  finish: number;
}

/** Kahn's order over adjacency lists (linear in items + links); throws on a cycle. */
function topoOrder(ids: readonly string[], outgoing: ReadonlyMap<string, Link[]>, links: readonly Link[]): string[] {
  const indegree = new Map(ids.map((id) => [id, 0]));
  for (const l of links) indegree.set(l.to, (indegree.get(l.to) ?? 0) + 1);
  const queue = ids.filter((id) => indegree.get(id) === 0);
  const order: string[] = [];
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head] as string;
    order.push(id);
    for (const l of outgoing.get(id) ?? []) {
      const d = (indegree.get(l.to) ?? 0) - 1;
      indegree.set(l.to, d);
      if (d === 0) queue.push(l.to);
    }
  }
  if (order.length !== ids.length) throw new Error('the dependencies form a cycle');
  return order;
}

/**
 * Critical path method: a forward pass for earliest start/finish, a backward pass for
 * latest, slack = LS - ES. Works for all four link types with lags (finish = start +
 * duration, in days).
 */
export function criticalPath(activities: readonly Activity[], allLinks: readonly Link[]): CpmResult {
  const byId = new Map(activities.map((a) => [a.id, a]));
  const links = allLinks.filter((l) => byId.has(l.from) && byId.has(l.to));
  const incoming = new Map<string, Link[]>();
  const outgoing = new Map<string, Link[]>();
  for (const l of links) {
    const into = incoming.get(l.to);
    if (into) into.push(l);
    else incoming.set(l.to, [l]);
    const out = outgoing.get(l.from);
    if (out) out.push(l);
    else outgoing.set(l.from, [l]);
  }
  const order = topoOrder([...byId.keys()], outgoing, links);
  const dur = (id: string) => byId.get(id)?.duration ?? 0;
  const es = new Map<string, number>();
  const ef = new Map<string, number>();
  for (const id of order) {
    let start = byId.get(id)?.notBefore ?? 0;
    for (const l of incoming.get(id) ?? []) {
      const [toSide, fromSide] = SIDES[l.type];
      const anchor = (fromSide === 'S' ? (es.get(l.from) ?? 0) : (ef.get(l.from) ?? 0)) + l.lagDays;
      start = Math.max(start, toSide === 'S' ? anchor : anchor - dur(id));
    }
    es.set(id, start);
    ef.set(id, start + dur(id));
  }
  const finish = Math.max(0, ...ef.values());
  const ls = new Map<string, number>();
  const lf = new Map<string, number>();
  for (const id of [...order].reverse()) {
    let latestFinish = finish;
    for (const l of outgoing.get(id) ?? []) {
      const [toSide, fromSide] = SIDES[l.type];
      const anchor = (toSide === 'S' ? (ls.get(l.to) ?? finish) : (lf.get(l.to) ?? finish)) - l.lagDays;
      latestFinish = Math.min(latestFinish, fromSide === 'F' ? anchor : anchor + dur(id));
    }
    lf.set(id, latestFinish);
    ls.set(id, latestFinish - dur(id));
  }
  const slack = new Map(order.map((id) => [id, (ls.get(id) ?? 0) - (es.get(id) ?? 0)]));
  const critical = new Set(order.filter((id) => (slack.get(id) ?? 0) <= 0));
  return { es, ef, ls, lf, slack, critical, finish };
}
