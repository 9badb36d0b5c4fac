import { assignmentEntity } from './assignment.js';
import type { BoardJson } from './boardJson.js';
import { daysBetween } from './dates.js';
import { type Dependency, type DepType, depEntity } from './dependency.js';
import { checkRecord, type Entity, type RecordOf } from './doc.js';
import type { Fields } from './fields.js';
import { STATUS_TITLES } from './grouping.js';
import { type Item, itemEntity, type Status } from './item.js';
import { personEntity } from './person.js';
import { checkLink, type Span } from './schedule.js';

/** An item as a change names it. */
export interface ItemRef {
  itemId: string;
  title: string;
}

/** A dependency as a change names it: `to` depends on `from`. */
export interface DepRef {
  depId: string;
  from: ItemRef;
  to: ItemRef;
  type: DepType;
  lagDays: number;
}

/** One thing that differs between two states of a board, in the terms a planner uses. */
export type Change =
  | ({ kind: 'added' } & ItemRef)
  | ({ kind: 'removed' } & ItemRef)
  /** Calendar days each end moved: + later, - earlier (one of them is not 0). */
  | ({ kind: 'moved'; startDays: number; endDays: number } & ItemRef)
  | ({ kind: 'status'; from: Status; to: Status } & ItemRef)
  /** Assigned people (by name) who joined or left the item's work. */
  | ({ kind: 'reassigned'; added: string[]; removed: string[] } & ItemRef)
  | ({ kind: 'dep-added' } & DepRef)
  | ({ kind: 'dep-removed' } & DepRef)
  /**
   * A dependency that held before and does not now: one of its items was removed
   * (`gone` names it), or the successor now breaks the link's type and lag (`message`
   * says by how much, from shared's `checkLink`).
   */
  | ({ kind: 'dep-broken'; gone: ItemRef | null; message: string } & DepRef);

export type ChangeKind = Change['kind'];

type Json = Record<string, unknown>;

/** The valid records of one collection by id; bad ones are skipped (the board lists them elsewhere). */
function readValid<F extends Fields>(entity: Entity<F>, records: readonly Json[] | undefined) {
  const out = new Map<string, RecordOf<Entity<F>>>();
  for (const raw of records ?? []) {
    const id = raw.id;
    if (typeof id !== 'string') continue;
    const { record } = checkRecord(entity, id, raw);
    if (record) out.set(id, record);
  }
  return out;
}

/** What a state of the board says that changes compare. */
interface State {
  items: Map<string, Item>;
  deps: Map<string, Dependency>;
  /** Item id -> names of the people assigned to it (unstaffed demand has no one). */
  assigned: Map<string, Set<string>>;
}

function readState(board: BoardJson): State {
  const items = readValid(itemEntity, board.items);
  const people = readValid(personEntity, board.people);
  const assigned = new Map<string, Set<string>>();
  for (const a of readValid(assignmentEntity, board.assignments).values()) {
    const person = a.personId ? people.get(a.personId) : undefined;
    if (!person || !items.has(a.itemId)) continue;
    const names = assigned.get(a.itemId) ?? new Set<string>();
    names.add(person.name);
    assigned.set(a.itemId, names);
  }
  return { items, deps: readValid(depEntity, board.deps), assigned };
}

const refOf = (item: Item): ItemRef => ({ itemId: item.id, title: item.title });
const spanOf = (item: Item): Span => ({ ...item, milestone: item.kind === 'milestone' });

function depRef(dep: Dependency, items: ReadonlyMap<string, Item>, fallback: ReadonlyMap<string, Item>): DepRef | null {
  const from = items.get(dep.from) ?? fallback.get(dep.from);
  const to = items.get(dep.to) ?? fallback.get(dep.to);
  if (!from || !to) return null;
  return { depId: dep.id, from: refOf(from), to: refOf(to), type: dep.type, lagDays: dep.lagDays };
}

/** Null when the dependency holds (or an end is missing). */
function violation(dep: Dependency, items: ReadonlyMap<string, Item>): string | null {
  const from = items.get(dep.from);
  const to = items.get(dep.to);
  if (!from || !to) return null;
  return checkLink(dep, spanOf(from), spanOf(to))?.message ?? null;
}

function itemChanges(a: State, b: State, out: Change[]): void {
  for (const [id, before] of a.items) {
    const after = b.items.get(id);
    if (!after) {
      out.push({ kind: 'removed', ...refOf(before) });
      continue;
    }
    const startDays = daysBetween(before.start, after.start);
    const endDays = daysBetween(before.end, after.end);
    if (startDays || endDays) out.push({ kind: 'moved', ...refOf(after), startDays, endDays });
    if (before.status !== after.status)
      out.push({ kind: 'status', ...refOf(after), from: before.status, to: after.status });
    const was = a.assigned.get(id) ?? NOBODY;
    const now = b.assigned.get(id) ?? NOBODY;
    const added = [...now].filter((n) => !was.has(n)).sort();
    const removed = [...was].filter((n) => !now.has(n)).sort();
    if (added.length || removed.length) out.push({ kind: 'reassigned', ...refOf(after), added, removed });
  }
  for (const [id, after] of b.items) if (!a.items.has(id)) out.push({ kind: 'added', ...refOf(after) });
}

const NOBODY: ReadonlySet<string> = new Set();

function depChanges(a: State, b: State, out: Change[]): void {
  for (const [id, before] of a.deps) {
    const ref = depRef(before, b.items, a.items);
    if (!ref) continue;
    const heldBefore = a.items.has(before.from) && a.items.has(before.to) && !violation(before, a.items);
    const goneId = [before.from, before.to].find((end) => !b.items.has(end));
    if (goneId) {
      // a link lost with one of its items is broken, not merely removed
      const gone = a.items.get(goneId);
      if (heldBefore && gone)
        out.push({ kind: 'dep-broken', ...ref, gone: refOf(gone), message: `${gone.title} was removed` });
      continue;
    }
    const after = b.deps.get(id);
    if (!after) {
      out.push({ kind: 'dep-removed', ...ref });
      continue;
    }
    const message = violation(after, b.items);
    if (message && heldBefore) out.push({ kind: 'dep-broken', ...ref, gone: null, message });
  }
  for (const [id, after] of b.deps) {
    if (a.deps.has(id)) continue;
    const ref = depRef(after, b.items, a.items);
    if (!ref) continue;
    out.push({ kind: 'dep-added', ...ref });
    const message = violation(after, b.items);
    if (message) out.push({ kind: 'dep-broken', ...ref, gone: null, message });
  }
}

/** The order a reader scans a summary in: what came and went, then dates, status, people, links. */
const ORDER: Record<ChangeKind, number> = {
  added: 0,
  removed: 1,
  moved: 2,
  status: 3,
  reassigned: 4,
  'dep-broken': 5,
  'dep-added': 6,
  'dep-removed': 7,
};

const titleOf = (c: Change) => ('title' in c ? c.title : `${c.to.title} ${c.from.title}`);

/**
 * What changed from `before` to `after` (two versions, or a version and now): items
 * added, removed, moved, their status and assigned people, dependencies added, removed
 * or newly broken. Records that fail validation are left out on both sides. Sorted by
 * kind, then title, so the same two states always read the same.
 */
export function describeChanges(before: BoardJson, after: BoardJson): Change[] {
  const a = readState(before);
  const b = readState(after);
  const out: Change[] = [];
  itemChanges(a, b, out);
  depChanges(a, b, out);
  const titles = new Map(out.map((c) => [c, titleOf(c)]));
  return out.sort((x, y) => ORDER[x.kind] - ORDER[y.kind] || (titles.get(x) ?? '').localeCompare(titles.get(y) ?? ''));
}

/** How an item shows on the roadmap after a change: the strongest mark wins. */
export type ChangeMark = 'added' | 'moved' | 'status' | 'reassigned' | 'dependency';

const MARK_OF: Partial<Record<ChangeKind, ChangeMark>> = {
  added: 'added',
  moved: 'moved',
  status: 'status',
  reassigned: 'reassigned',
};

/** Item id -> the marks of its changes, for highlighting the later board (removed items are not on it). */
export function changeMarks(changes: readonly Change[]): Map<string, ChangeMark[]> {
  const marks = new Map<string, ChangeMark[]>();
  const add = (id: string, mark: ChangeMark) => {
    const list = marks.get(id) ?? [];
    if (!list.includes(mark)) list.push(mark);
    marks.set(id, list);
  };
  for (const c of changes) {
    const mark = MARK_OF[c.kind];
    if (mark && 'itemId' in c) add(c.itemId, mark);
    else if (c.kind === 'dep-added' || c.kind === 'dep-broken') add(c.to.itemId, 'dependency');
  }
  return marks;
}

const days = (n: number) => `${Math.abs(n)} day${Math.abs(n) === 1 ? '' : 's'} ${n > 0 ? 'later' : 'earlier'}`;
const quote = (title: string) => `“${title}”`;
const names = (list: readonly string[]) =>
  list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;

function movedText(c: Extract<Change, { kind: 'moved' }>): string {
  const who = quote(c.title);
  if (c.startDays === c.endDays) return `${who} moved ${days(c.startDays)}`;
  if (!c.startDays) return `${who} ends ${days(c.endDays)}`;
  if (!c.endDays) return `${who} starts ${days(c.startDays)}`;
  return `${who} starts ${days(c.startDays)} and ends ${days(c.endDays)}`;
}

function reassignedText(c: Extract<Change, { kind: 'reassigned' }>): string {
  const parts: string[] = [];
  if (c.added.length) parts.push(`${names(c.added)} assigned`);
  if (c.removed.length) parts.push(`${names(c.removed)} no longer`);
  return `${quote(c.title)}: ${parts.join('; ')}`;
}

const LINK_NAMES: Record<DepType, string> = {
  FS: 'finish-to-start',
  SS: 'start-to-start',
  FF: 'finish-to-finish',
  SF: 'start-to-finish',
};

function linkName(d: DepRef): string {
  const lag = d.lagDays ? `, ${d.lagDays > 0 ? '+' : '−'}${Math.abs(d.lagDays)} d` : '';
  return `${LINK_NAMES[d.type]}${lag}`;
}

/** One change in words, naming items by title: “Data lake” moved 5 days later. */
export function changeText(c: Change): string {
  switch (c.kind) {
    case 'added':
      return `${quote(c.title)} added`;
    case 'removed':
      return `${quote(c.title)} removed`;
    case 'moved':
      return movedText(c);
    case 'status':
      return `${quote(c.title)} went from ${STATUS_TITLES[c.from]} to ${STATUS_TITLES[c.to]}`;
    case 'reassigned':
      return reassignedText(c);
    case 'dep-added':
      return `${quote(c.to.title)} now depends on ${quote(c.from.title)} (${linkName(c)})`;
    case 'dep-removed':
      return `${quote(c.to.title)} no longer depends on ${quote(c.from.title)}`;
    case 'dep-broken':
      return c.gone
        ? `The dependency of ${quote(c.to.title)} on ${quote(c.from.title)} is broken: ${quote(c.gone.title)} was removed`
        : `Dependency broken: ${quote(c.to.title)} ${c.message}`;
  }
}
