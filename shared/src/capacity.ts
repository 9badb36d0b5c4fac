import type { Assignment } from './assignment.js';
import type { BoardSnapshot } from './board.js';
import { mondayOf } from './calendar.js';
import { addDays, daysBetween, type IsoDate, toDayNumber } from './dates.js';
import type { Item } from './item.js';
import type { Person } from './person.js';

/** Hours in a full-time week: the base of FTE figures and of unstaffed percentages. */
export const FULL_TIME_HOURS = 40;

/** Weeks (Monday to Sunday) that loads are counted in; `start` is a Monday. */
export interface LoadWindow {
  start: IsoDate;
  weeks: number;
}

export function loadWindow(from: IsoDate, weeks: number): LoadWindow {
  return { start: mondayOf(from), weeks };
}

/** Adds `perDay` to each week for every working day (Mon-Fri) of [start, end] in the window. */
function spread(window: LoadWindow, start: IsoDate, end: IsoDate, perDay: number, into: Float64Array): void {
  const origin = toDayNumber(window.start);
  const first = toDayNumber(start) - origin;
  const last = toDayNumber(end) - origin;
  const fromWeek = Math.max(0, Math.floor(first / 7));
  const toWeek = Math.min(window.weeks - 1, Math.floor(last / 7));
  for (let w = fromWeek; w <= toWeek; w++) {
    const days = Math.min(last, w * 7 + 4) - Math.max(first, w * 7) + 1;
    if (days > 0) into[w] = (into[w] ?? 0) + days * perDay;
  }
}

/** Hours a week an assignment asks for: fixed hours, or a share of the person's (or a full-time) week. */
export function weeklyHours(a: Assignment, person?: Person): number {
  if (a.hoursPerWeek !== null) return a.hoursPerWeek;
  return ((a.percent ?? 0) / 100) * (person?.capacityHoursPerWeek ?? FULL_TIME_HOURS);
}

export interface PersonLoad {
  personId: string;
  /** Hours available each week, less time off. */
  capacity: Float64Array;
  /** Hours assigned each week, for the working days each item covers. */
  load: Float64Array;
}

/** Overlapping or touching periods joined, so no day off counts twice. */
function mergePeriods(periods: readonly { start: IsoDate; end: IsoDate }[]): Array<{ start: IsoDate; end: IsoDate }> {
  const sorted = [...periods].sort((a, b) => toDayNumber(a.start) - toDayNumber(b.start));
  const out: Array<{ start: IsoDate; end: IsoDate }> = [];
  for (const p of sorted) {
    const last = out.at(-1);
    if (last && toDayNumber(p.start) <= toDayNumber(last.end) + 1) {
      if (toDayNumber(p.end) > toDayNumber(last.end)) last.end = p.end;
    } else out.push({ ...p });
  }
  return out;
}

export function personCapacity(person: Person, window: LoadWindow): Float64Array {
  const capacity = new Float64Array(window.weeks);
  const end = addDays(window.start, window.weeks * 7 - 1);
  spread(window, window.start, end, person.capacityHoursPerWeek / 5, capacity);
  for (const off of mergePeriods(person.timeOff))
    spread(window, off.start, off.end, -person.capacityHoursPerWeek / 5, capacity);
  return capacity.map((h) => Math.max(0, h));
}

/** Hours a person can work over [start, end] (inclusive): working days less time off. */
export function hoursAvailable(person: Person, start: IsoDate, end: IsoDate): number {
  if (toDayNumber(end) < toDayNumber(start)) return 0;
  const weeks = Math.floor(daysBetween(mondayOf(start), end) / 7) + 1;
  const window = loadWindow(start, weeks);
  const hours = new Float64Array(weeks);
  const perDay = person.capacityHoursPerWeek / 5;
  spread(window, start, end, perDay, hours);
  for (const off of mergePeriods(person.timeOff)) {
    const from = toDayNumber(off.start) > toDayNumber(start) ? off.start : start;
    const to = toDayNumber(off.end) < toDayNumber(end) ? off.end : end;
    if (toDayNumber(from) <= toDayNumber(to)) spread(window, from, to, -perDay, hours);
  }
  return Math.max(
    0,
    hours.reduce((sum, h) => sum + h, 0),
  );
}

function addAssignment(window: LoadWindow, a: Assignment, item: Item, person: Person | undefined, into: Float64Array) {
  spread(window, item.start, item.end, weeklyHours(a, person) / 5, into);
}

export interface CapacityReport {
  window: LoadWindow;
  people: Map<string, PersonLoad>;
  /** Role demand nobody is staffed for yet, by role ("" when no role was named). */
  unstaffed: Map<string, Float64Array>;
  /** Assignments of each person, for recomputing one person after an edit. */
  byPerson: Map<string, Assignment[]>;
}

function loadOf(
  board: BoardSnapshot,
  person: Person,
  assignments: readonly Assignment[],
  window: LoadWindow,
): PersonLoad {
  const load = new Float64Array(window.weeks);
  for (const a of assignments) {
    const item = board.items.get(a.itemId);
    if (item) addAssignment(window, a, item, person, load);
  }
  return { personId: person.id, capacity: personCapacity(person, window), load };
}

/**
 * Weekly load against capacity for everyone on the board. Records the reader refused
 * (negative hours, a deleted item or person) are not in the snapshot, so they never count.
 */
export function computeLoads(board: BoardSnapshot, window: LoadWindow): CapacityReport {
  const byPerson = new Map<string, Assignment[]>();
  const unstaffed = new Map<string, Float64Array>();
  for (const a of board.assignments) {
    if (a.personId) {
      byPerson.set(a.personId, [...(byPerson.get(a.personId) ?? []), a]);
      continue;
    }
    const item = board.items.get(a.itemId);
    if (!item) continue;
    const series = unstaffed.get(a.role) ?? new Float64Array(window.weeks);
    unstaffed.set(a.role, series);
    addAssignment(window, a, item, undefined, series);
  }
  const people = new Map(board.people.map((p) => [p.id, loadOf(board, p, byPerson.get(p.id) ?? [], window)]));
  return { window, people, unstaffed, byPerson };
}

/**
 * Recomputes only the given people after an edit (their assignments, their items' dates,
 * their capacity): the cost of one change is one person's weeks, not the board's.
 */
export function updateLoads(report: CapacityReport, board: BoardSnapshot, personIds: Iterable<string>): void {
  const ids = new Set(personIds);
  for (const id of ids) report.byPerson.delete(id);
  for (const a of board.assignments) {
    if (a.personId && ids.has(a.personId))
      report.byPerson.set(a.personId, [...(report.byPerson.get(a.personId) ?? []), a]);
  }
  const people = new Map(board.people.map((p) => [p.id, p]));
  for (const id of ids) {
    const person = people.get(id);
    if (person) report.people.set(id, loadOf(board, person, report.byPerson.get(id) ?? [], report.window));
    else report.people.delete(id);
  }
}

/** People whose load an edit of these items or assignments can change. */
export function peopleAffected(
  board: BoardSnapshot,
  itemIds: Iterable<string>,
  assignmentIds: Iterable<string> = [],
): Set<string> {
  const items = new Set(itemIds);
  const assignments = new Set(assignmentIds);
  const out = new Set<string>();
  for (const a of board.assignments) {
    if (a.personId && (items.has(a.itemId) || assignments.has(a.id))) out.add(a.personId);
  }
  return out;
}

/** The items behind one person's hours in one week: what a tooltip lists. */
export function loadBreakdown(board: BoardSnapshot, report: CapacityReport, personId: string, week: number) {
  const person = board.people.find((p) => p.id === personId);
  return (report.byPerson.get(personId) ?? []).flatMap((a) => {
    const item = board.items.get(a.itemId);
    if (!item) return [];
    const series = new Float64Array(report.window.weeks);
    addAssignment(report.window, a, item, person, series);
    const hours = series[week] ?? 0;
    return hours > 0 ? [{ itemId: item.id, title: item.title, hours }] : [];
  });
}

export interface TeamSeries {
  teamId: string | null;
  demand: Float64Array;
  capacity: Float64Array;
}

/** Demand against capacity per team (people without a team under `null`). */
export function teamSeries(board: BoardSnapshot, report: CapacityReport): TeamSeries[] {
  const rows = new Map<string | null, TeamSeries>();
  const row = (teamId: string | null) => {
    let r = rows.get(teamId);
    if (!r) {
      r = { teamId, demand: new Float64Array(report.window.weeks), capacity: new Float64Array(report.window.weeks) };
      rows.set(teamId, r);
    }
    return r;
  };
  for (const t of board.teams) row(t.id);
  for (const p of board.people) {
    const load = report.people.get(p.id);
    if (!load) continue;
    const r = row(p.teamId);
    load.load.forEach((h, w) => {
      r.demand[w] = (r.demand[w] ?? 0) + h;
      r.capacity[w] = (r.capacity[w] ?? 0) + (load.capacity[w] ?? 0);
    });
  }
  return [...rows.values()];
}

export interface Balance {
  demand: number;
  capacity: number;
  /** Capacity minus demand: positive is spare (excess), negative a shortfall. */
  hours: number;
  /** The same in full-time equivalents (hours per week over the period / 40). */
  fte: number;
}

/** Totals over weeks [from, to) of a demand/capacity pair. */
export function balance(demand: Float64Array, capacity: Float64Array, from: number, to: number): Balance {
  let d = 0;
  let c = 0;
  const end = Math.min(to, demand.length);
  for (let w = Math.max(0, from); w < end; w++) {
    d += demand[w] ?? 0;
    c += capacity[w] ?? 0;
  }
  const weeks = Math.max(1, end - Math.max(0, from));
  return { demand: d, capacity: c, hours: c - d, fte: (c - d) / weeks / FULL_TIME_HOURS };
}

/** Load as a share of capacity (Infinity when there is load but no capacity). */
export function utilisation(load: number, capacity: number): number {
  if (capacity <= 0) return load > 0 ? Number.POSITIVE_INFINITY : 0;
  return load / capacity;
}
