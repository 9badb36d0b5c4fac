import {
  type Assignment,
  assignmentCounts,
  type BoardSnapshot,
  type CapacityReport,
  compareOrder,
  computeLoads,
  type Item,
  type LoadWindow,
  loadBreakdown,
  type Person,
  type PersonLoad,
  peopleAffected,
  readAssignment,
  readTeam,
  type Team,
  type TeamSeries,
  teamSeries,
  updateLoads,
  withExistingTeam,
} from '@planroom/shared';
import type { BoardStore } from '../core/boardStore';
import { RecordCache } from '../core/recordCache';
import { Signal } from '../ui/signals';
import { sameWindow } from './loadWeeks';
import { type ResourceRow, resourceRows, sameRows, teamKey } from './resourceRows';

export interface PersonRowData {
  person: Person;
  assignments: readonly Assignment[];
  load: PersonLoad | undefined;
  /** Goes up when the row's bars must be drawn again without a load change (a title). */
  look: number;
}

export interface RoleRowData {
  role: string;
  assignments: readonly Assignment[];
  demand: Float64Array | undefined;
  look: number;
}

const NO_ASSIGNMENTS: readonly Assignment[] = [];
const sameArray = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((v, i) => v === b[i]);
function sameSeries(a: Float64Array, b: Float64Array): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
const itemLoadKey = (i: { start: string; end: string } | undefined) => (i ? `${i.start}|${i.end}` : '');
const itemLookKey = (i: { kind: string; title: string } | undefined) => (i ? `${i.kind}|${i.title}` : '');

/**
 * Weekly load against capacity for the open board: one report per board session, kept
 * current as the document changes. Edits collected during a transaction are applied once
 * after it: shared's `peopleAffected` (before and after the edit) names the people whose
 * weeks can have changed and `updateLoads` recomputes only them; unstaffed demand is
 * recomputed only when an unstaffed assignment or its item changed. A new window (the
 * time scale's range) is a full `computeLoads`. Components read per-row snapshots that
 * keep their identity while unchanged, so a memoised row skips rendering.
 *
 * Records the lenient reader refuses never count: invalid assignments are not in the
 * cache, and assignments to an item or person that does not exist are left out here (the
 * needs-attention list shows all of them).
 */
export class CapacityModel {
  readonly teams: RecordCache<Team>;
  readonly assignments: RecordCache<Assignment>;
  private window: LoadWindow | null = null;
  private report: CapacityReport | null = null;
  private board: BoardSnapshot;
  private rows: ResourceRow[] = [];
  private people = new Map<string, PersonRowData>();
  private roles = new Map<string, RoleRowData>();
  private series = new Map<string, TeamSeries>();
  private unstaffedTotal = new Float64Array(0);
  private version = 0;
  private readonly itemKeys = new Map<string, [string, string]>();
  private assignedItems = new Set<string>();
  private readonly dirty = { items: new Set<string>(), looks: new Set<string>(), assignments: new Set<string>() };
  private readonly dirtyPeople = new Set<string>();
  private pending = false;
  private readonly signal = new Signal();
  private readonly cleanups: Array<() => void>;

  constructor(private readonly store: BoardStore) {
    this.teams = new RecordCache(store.doc, 'teams', readTeam, compareOrder);
    this.assignments = new RecordCache(store.doc, 'assignments', readAssignment);
    for (const [id, item] of store.getItems()) this.itemKeys.set(id, [itemLoadKey(item), itemLookKey(item)]);
    this.board = this.snapshot();
    this.rebuild(new Set(), new Set(), true);
    this.cleanups = [
      store.onItemBatch(this.onItems),
      store.people.onBatch((ids) => this.mark(ids, this.dirtyPeople)),
      this.teams.onBatch((ids) => this.mark(ids)),
      this.assignments.onBatch((ids) => this.mark(ids, this.dirty.assignments)),
    ];
    store.doc.on('afterTransaction', this.flush);
  }

  destroy(): void {
    this.store.doc.off('afterTransaction', this.flush);
    for (const cleanup of this.cleanups) cleanup();
    this.teams.destroy();
    this.assignments.destroy();
  }

  // --- reading -------------------------------------------------------------------------

  subscribe = this.signal.subscribe;
  /** Goes up whenever any row, load or summary changed. */
  getVersion = (): number => this.version;
  getRows = (): readonly ResourceRow[] => this.rows;
  getWindow = (): LoadWindow | null => this.window;
  /** What the loads were computed from (valid records only). */
  getBoard = (): BoardSnapshot => this.board;
  personRow = (id: string): PersonRowData | undefined => this.people.get(id);
  roleRow = (role: string): RoleRowData | undefined => this.roles.get(role);
  teamSeries = (teamId: string | null): TeamSeries | undefined => this.series.get(teamKey(teamId));
  /** Unstaffed demand of every role, per week. */
  getUnstaffedTotal = (): Float64Array => this.unstaffedTotal;

  /** The items behind a person's hours in one week (for the tooltip). */
  breakdown(personId: string, week: number) {
    return this.report ? loadBreakdown(this.board, this.report, personId, week) : [];
  }

  /**
   * The items behind a role's demand in one week. Shared's `loadBreakdown` with the
   * role's assignments standing in for a person's: with no person, percentages count
   * against a full-time week, exactly as for unstaffed demand.
   */
  roleBreakdown(role: string, week: number) {
    const row = this.roles.get(role);
    if (!this.report || !row) return [];
    return loadBreakdown(this.board, { ...this.report, byPerson: new Map([['', [...row.assignments]]]) }, '', week);
  }

  // --- changing ------------------------------------------------------------------------

  /** Weeks to count; a different window recomputes everything. */
  setWindow(window: LoadWindow): void {
    if (sameWindow(window, this.window)) return;
    this.window = window;
    this.rebuild(new Set(), new Set(), true);
  }

  /** Notes what a transaction touched; the work happens once, after it (`flush`). */
  private mark(ids: readonly string[], into?: Set<string>): void {
    if (into) for (const id of ids) into.add(id);
    this.pending = true;
  }

  private readonly onItems = (ids: readonly string[]) => {
    for (const id of ids) {
      const item = this.store.getItem(id);
      const [load, look] = this.itemKeys.get(id) ?? ['', ''];
      const next: [string, string] = [itemLoadKey(item), itemLookKey(item)];
      if (item) this.itemKeys.set(id, next);
      else this.itemKeys.delete(id);
      // Items nobody is assigned to change no load and no bar here.
      if (!this.assignedItems.has(id)) continue;
      if (next[0] !== load) this.dirty.items.add(id);
      if (next[1] !== look) this.dirty.looks.add(id);
      this.pending = true;
    }
  };

  private readonly flush = () => {
    if (!this.pending) return;
    this.pending = false;
    const { items, looks, assignments } = this.dirty;
    const before = this.board;
    this.board = this.snapshot();
    const changed = new Set([
      ...this.dirtyPeople,
      ...peopleAffected(before, items, assignments),
      ...peopleAffected(this.board, items, assignments),
    ]);
    const unstaffed = touchesUnstaffed(before, items, assignments) || touchesUnstaffed(this.board, items, assignments);
    if (this.report) {
      if (changed.size) updateLoads(this.report, this.board, changed);
      if (unstaffed) this.report.unstaffed = this.unstaffedLoads();
    }
    // moved items re-lay out their bars even where the weeks' totals stay the same
    this.rebuild(new Set([...items, ...looks]), changed, false);
    items.clear();
    looks.clear();
    assignments.clear();
    this.dirtyPeople.clear();
  };

  /** Valid records as shared's functions read them; a person whose team is gone counts under no team. */
  private snapshot(): BoardSnapshot {
    const items = this.store.getItems();
    const people = this.store.people.byId();
    const teams = this.teams.all();
    const teamIds = new Set(teams.map((t) => t.id));
    this.assignedItems = new Set(this.assignments.all().map((a) => a.itemId));
    return {
      meta: this.store.getMeta(),
      // read-only use: shared's capacity functions never write to the snapshot
      items: items as Map<string, Item>,
      lanes: [],
      deps: [],
      goals: [],
      problems: [],
      teams,
      people: this.store.people.all().map((p) => teamless(p, teamIds)),
      assignments: this.assignments.all().filter((a) => assignmentCounts(a, items, people)),
    };
  }

  private unstaffedLoads(): Map<string, Float64Array> {
    if (!this.window) return new Map();
    const open = this.board.assignments.filter((a) => a.personId === null);
    return computeLoads({ ...this.board, people: [], assignments: open }, this.window).unstaffed;
  }

  /**
   * New row snapshots where something changed: `recomputed` people got new loads,
   * `relook` items need their bars drawn again; `full` recomputes every load first.
   */
  private rebuild(relook: ReadonlySet<string>, recomputed: ReadonlySet<string>, full: boolean): void {
    const board = this.board;
    if (full) this.report = this.window ? computeLoads(board, this.window) : null;
    const report = this.report;
    const relooked = new Set<string>();
    const relookedRoles = new Set<string>();
    for (const a of board.assignments) {
      if (!relook.has(a.itemId)) continue;
      if (a.personId) relooked.add(a.personId);
      else relookedRoles.add(a.role);
    }
    let changed = false;
    const byPerson = report?.byPerson ?? groupByPerson(board.assignments);
    const people = new Map<string, PersonRowData>();
    for (const person of board.people) {
      const old = this.people.get(person.id);
      const assignments = byPerson.get(person.id) ?? NO_ASSIGNMENTS;
      const computed = report?.people.get(person.id);
      // numbers that came out the same keep their arrays, so the row can skip rendering;
      // only people just recomputed can have new numbers
      const recheck = full || recomputed.has(person.id) || !old?.load;
      const load = !recheck ? old.load : old?.load && computed && sameLoad(old.load, computed) ? old.load : computed;
      const look = (old?.look ?? 0) + (relooked.has(person.id) ? 1 : 0);
      const same =
        old?.person === person && old.look === look && old.load === load && sameArray(old.assignments, assignments);
      people.set(person.id, same ? old : { person, assignments, load, look });
      if (!same) changed = true;
    }
    if (people.size !== this.people.size) changed = true;
    this.people = people;

    const byRole = new Map<string, Assignment[]>();
    for (const a of board.assignments) if (a.personId === null) byRole.set(a.role, [...(byRole.get(a.role) ?? []), a]);
    const roles = new Map<string, RoleRowData>();
    for (const [role, assignments] of byRole) {
      const old = this.roles.get(role);
      const demand = report?.unstaffed.get(role);
      const look = (old?.look ?? 0) + (relookedRoles.has(role) ? 1 : 0);
      const same = old && old.look === look && old.demand === demand && sameArray(old.assignments, assignments);
      roles.set(role, same ? old : { role, assignments, demand, look });
      if (!same) changed = true;
    }
    if (roles.size !== this.roles.size) changed = true;
    this.roles = roles;

    changed = this.rebuildSeries() || changed;
    const rows = resourceRows(board.teams, board.people, [...roles.keys()]);
    if (!sameRows(rows, this.rows)) {
      this.rows = rows;
      changed = true;
    }
    if (changed || full) {
      this.version++;
      this.signal.emit();
    }
  }

  private rebuildSeries(): boolean {
    const report = this.report;
    if (!report) {
      const had = this.series.size > 0;
      this.series = new Map();
      return had;
    }
    let changed = false;
    const next = new Map<string, TeamSeries>();
    for (const s of teamSeries(this.board, report)) {
      const key = teamKey(s.teamId);
      const old = this.series.get(key);
      const same = old && sameSeries(old.demand, s.demand) && sameSeries(old.capacity, s.capacity);
      next.set(key, same ? old : s);
      if (!same) changed = true;
    }
    this.series = next;
    const total = new Float64Array(report.window.weeks);
    for (const demand of report.unstaffed.values()) {
      for (let w = 0; w < total.length; w++) total[w] = (total[w] ?? 0) + (demand[w] ?? 0);
    }
    if (!sameSeries(total, this.unstaffedTotal)) {
      this.unstaffedTotal = total;
      changed = true;
    }
    return changed;
  }
}

/** shared's rule for a person whose team is gone, keeping one copy per person (stable rows). */
const teamlessCopies = new WeakMap<Person, Person>();
function teamless(person: Person, teams: ReadonlySet<string>): Person {
  const result = withExistingTeam(person, teams);
  if (result === person) return person;
  const cached = teamlessCopies.get(person) ?? result;
  teamlessCopies.set(person, cached);
  return cached;
}

function groupByPerson(assignments: readonly Assignment[]): Map<string, Assignment[]> {
  const out = new Map<string, Assignment[]>();
  for (const a of assignments) if (a.personId) out.set(a.personId, [...(out.get(a.personId) ?? []), a]);
  return out;
}

const sameLoad = (a: PersonLoad, b: PersonLoad) => sameSeries(a.load, b.load) && sameSeries(a.capacity, b.capacity);

function touchesUnstaffed(board: BoardSnapshot, itemIds: ReadonlySet<string>, assignmentIds: ReadonlySet<string>) {
  return board.assignments.some((a) => a.personId === null && (itemIds.has(a.itemId) || assignmentIds.has(a.id)));
}
