import type { BoardSnapshot } from './board.js';
import { weekdayOfDay } from './calendar.js';
import { FULL_TIME_HOURS, hoursAvailable, weeklyHours } from './capacity.js';
import { type IsoDate, toDayNumber } from './dates.js';
import type { Quarter } from './quarter.js';

/** Monday-to-Friday days in [first, last] (day numbers, inclusive); 0 when empty. */
export function workingDays(first: number, last: number): number {
  if (last < first) return 0;
  const days = last - first + 1;
  const whole = Math.floor(days / 7);
  let count = whole * 5;
  for (let d = first + whole * 7; d <= last; d++) if (weekdayOfDay(d) < 5) count++;
  return count;
}

/** Working days of [start, end] that fall in the quarter; a span outside it costs no parsing. */
function daysInQuarter(q: Quarter, start: IsoDate, end: IsoDate): number {
  if (start > q.end || end < q.start) return 0;
  const first = start > q.start ? start : q.start;
  const last = end < q.end ? end : q.end;
  return workingDays(toDayNumber(first), toDayNumber(last));
}

/** One team's quarter: hours it can work against hours assigned to its people. */
export interface TeamQuarter {
  /** null for people without a team. */
  teamId: string | null;
  name: string;
  people: number;
  capacity: number;
  demand: number;
  /** Capacity less demand: positive is spare (excess), negative a shortfall. */
  hours: number;
  /** The same as full-time people over the quarter (hours / working weeks / 40). */
  fte: number;
  /** Hours of the demand that are on the items in view (the whole demand for the portfolio). */
  inScope: number;
}

export interface CapacityQuarter {
  teams: TeamQuarter[];
  /** Hours asked of a role nobody is staffed for yet, on the items in view, by role ("" = no role named). */
  unstaffed: { role: string; hours: number }[];
}

/**
 * Each team's balance over the quarter's working days. Load counts the working days an
 * item covers inside the quarter (like `capacity.ts`, by day rather than whole weeks, so
 * a quarter that starts mid-week counts neither end twice); capacity is `hoursAvailable`
 * (time off taken out). A team's balance is the whole team's, since a shortfall is the
 * team's whatever program it works for; `inScope` says how much of its load the view's
 * items ask for, and only teams with some are listed for a program.
 */
export function capacityQuarter(board: BoardSnapshot, q: Quarter, scope: ReadonlySet<string> | null): CapacityQuarter {
  const weeks = Math.max(1, workingDays(toDayNumber(q.start), toDayNumber(q.end)) / 5);
  const people = new Map(board.people.map((p) => [p.id, p]));
  const rows = new Map<string | null, TeamQuarter>();
  const row = (teamId: string | null) => {
    let r = rows.get(teamId);
    if (!r) {
      const name = teamId ? (board.teams.find((t) => t.id === teamId)?.name ?? teamId) : 'No team';
      r = { teamId, name, people: 0, capacity: 0, demand: 0, hours: 0, fte: 0, inScope: 0 };
      rows.set(teamId, r);
    }
    return r;
  };
  for (const t of board.teams) row(t.id);
  for (const p of board.people) {
    const r = row(p.teamId);
    r.people++;
    r.capacity += hoursAvailable(p, q.start, q.end);
  }
  const unstaffed = new Map<string, number>();
  for (const a of board.assignments) {
    const item = board.items.get(a.itemId);
    if (!item) continue;
    const person = a.personId ? people.get(a.personId) : undefined;
    const hours = (weeklyHours(a, person) / 5) * daysInQuarter(q, item.start, item.end);
    if (hours <= 0) continue;
    const counts = !scope || scope.has(item.id);
    if (!person) {
      if (counts) unstaffed.set(a.role, (unstaffed.get(a.role) ?? 0) + hours);
      continue;
    }
    const r = row(person.teamId);
    r.demand += hours;
    if (counts) r.inScope += hours;
  }
  const teams = [...rows.values()]
    .filter((r) => r.people > 0 || r.demand > 0)
    .filter((r) => !scope || r.inScope > 0)
    .map((r) => ({ ...r, hours: r.capacity - r.demand, fte: (r.capacity - r.demand) / weeks / FULL_TIME_HOURS }));
  // shortfalls first, the worst at the top: what a review has to act on
  teams.sort((a, b) => a.hours - b.hours || a.name.localeCompare(b.name));
  return {
    teams,
    unstaffed: [...unstaffed].map(([role, hours]) => ({ role, hours })).sort((a, b) => b.hours - a.hours),
  };
}
