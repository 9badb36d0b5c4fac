import type { Assignment } from './assignment.js';
import type { FullBoardSnapshot } from './board.js';
import { hoursAvailable } from './capacity.js';
import type { IsoDate } from './dates.js';
import type { Deliverable } from './deliverable.js';
import { childrenByParent, descendantsIn } from './hierarchy.js';
import { isIdOf } from './ids.js';
import type { Item } from './item.js';
import type { KickoffView } from './kickoffView.js';
import type { Person } from './person.js';
import { RACI_NAMES, type RaciValue } from './raci.js';
import { stakeholderColumn } from './stakeholder.js';

export interface RaciColumn {
  /** What cells name: a person id, or a role. */
  key: string;
  label: string;
  personId: string | null;
}

export type RaciRule = 'one-accountable' | 'responsible' | 'accountable-available';

export interface RaciIssue {
  rule: RaciRule;
  text: string;
}

export interface Period {
  start: IsoDate;
  end: IsoDate;
}

export interface RaciRow {
  id: string;
  kind: 'deliverable' | 'activity';
  title: string;
  /** Column key to value, for the cells that are set. */
  cells: Map<string, RaciValue>;
  /** From the first start to the last end of the deliverable's items and milestone. */
  period: Period | null;
  /** Rules the row breaks, in words; empty when it keeps them all. */
  issues: RaciIssue[];
}

export interface RaciMatrix {
  columns: RaciColumn[];
  rows: RaciRow[];
}

/**
 * The columns: the stakeholders in their order (people sharing a role share a column),
 * then any column that only cells name, by label, so no set cell is ever hidden.
 */
export function raciColumns(view: KickoffView, people: ReadonlyMap<string, Person>): RaciColumn[] {
  const out = new Map<string, RaciColumn>();
  const add = (key: string) => {
    if (!key || out.has(key)) return;
    const personId = isIdOf('person', key) ? key : null;
    out.set(key, { key, label: personId ? (people.get(personId)?.name ?? key) : key, personId });
  };
  for (const s of view.stakeholders) add(stakeholderColumn(s));
  const extra = [...new Set(view.raci.map((c) => c.column))].filter((key) => !out.has(key));
  const labelled = extra.map((key) => ({ key, label: people.get(key)?.name ?? key }));
  for (const { key } of labelled.sort((a, b) => a.label.localeCompare(b.label))) add(key);
  return [...out.values()];
}

function periodOf(d: Deliverable, items: ReadonlyMap<string, Item>): Period | null {
  let period: Period | null = null;
  for (const id of d.milestoneId ? [...d.itemIds, d.milestoneId] : d.itemIds) {
    const item = items.get(id);
    if (!item) continue;
    if (!period) period = { start: item.start, end: item.end };
    else {
      if (item.start < period.start) period.start = item.start;
      if (item.end > period.end) period.end = item.end;
    }
  }
  return period;
}

interface Staffing {
  items: ReadonlyMap<string, Item>;
  people: ReadonlyMap<string, Person>;
  byPerson: ReadonlyMap<string, Assignment[]>;
  children: ReadonlyMap<string, readonly string[]>;
  projectId: string;
}

/**
 * Why an Accountable person cannot carry a deliverable in its period, or null: no
 * assignment on its items (or the project, or what sits under them) overlapping it, or
 * no capacity in it at all (time off throughout), counted as capacity.ts counts it.
 */
function unavailable(personId: string, d: Deliverable, period: Period, s: Staffing): string | null {
  const person = s.people.get(personId);
  if (!person) return null;
  const roots = [s.projectId, ...d.itemIds, ...(d.milestoneId ? [d.milestoneId] : [])];
  const related = new Set([...roots, ...descendantsIn(s.children, roots)]);
  const assigned = (s.byPerson.get(personId) ?? []).some((a) => {
    const item = s.items.get(a.itemId);
    return item !== undefined && related.has(item.id) && item.start <= period.end && item.end >= period.start;
  });
  const capable = hoursAvailable(person, period.start, period.end) > 0;
  if (assigned && capable) return null;
  const lacks = !assigned && !capable ? 'assignment or capacity' : assigned ? 'capacity' : 'assignment';
  return `${person.name} is ${RACI_NAMES.A} but has no ${lacks} between ${period.start} and ${period.end}`;
}

/** Rule breaks of a row; names are listed in column order, so every client words them alike. */
function issuesOf(row: RaciRow, columns: readonly RaciColumn[]): RaciIssue[] {
  const holders = (v: RaciValue) => columns.filter((c) => row.cells.get(c.key) === v).map((c) => c.key);
  const label = (key: string) => columns.find((c) => c.key === key)?.label ?? key;
  const accountable = holders('A');
  const issues: RaciIssue[] = [];
  if (accountable.length === 0) issues.push({ rule: 'one-accountable', text: `No one is ${RACI_NAMES.A}` });
  if (accountable.length > 1)
    issues.push({
      rule: 'one-accountable',
      text: `${accountable.length} are ${RACI_NAMES.A} (${accountable.map(label).join(', ')}): exactly one should be`,
    });
  if (holders('R').length === 0) issues.push({ rule: 'responsible', text: `No one is ${RACI_NAMES.R}` });
  return issues;
}

/**
 * The kickoff's RACI matrix with its rules checked, per row, in words: exactly one
 * Accountable, at least one Responsible, and an Accountable person with an assignment
 * and capacity in the deliverable's period. Rows are the deliverables, then the activities.
 */
export function raciMatrix(view: KickoffView, board: FullBoardSnapshot): RaciMatrix {
  const people = new Map(board.people.map((p) => [p.id, p]));
  const columns = raciColumns(view, people);
  const cells = new Map<string, Map<string, RaciValue>>();
  for (const c of view.raci) cells.set(c.row, (cells.get(c.row) ?? new Map()).set(c.column, c.value));
  const byPerson = new Map<string, Assignment[]>();
  for (const a of board.assignments) if (a.personId) byPerson.set(a.personId, [...(byPerson.get(a.personId) ?? []), a]);
  const staffing: Staffing = {
    items: board.items,
    people,
    byPerson,
    children: childrenByParent(board.items),
    projectId: view.item.id,
  };
  const rows: RaciRow[] = [];
  for (const d of view.deliverables) {
    const row: RaciRow = {
      id: d.id,
      kind: 'deliverable',
      title: d.title,
      cells: cells.get(d.id) ?? new Map(),
      period: periodOf(d, board.items),
      issues: [],
    };
    row.issues = issuesOf(row, columns);
    const accountable = [...row.cells].filter(([key, v]) => v === 'A' && isIdOf('person', key));
    for (const [personId] of row.period ? accountable : []) {
      const text = unavailable(personId, d, row.period as Period, staffing);
      if (text) row.issues.push({ rule: 'accountable-available', text });
    }
    rows.push(row);
  }
  for (const a of view.activities) {
    const row: RaciRow = {
      id: a.id,
      kind: 'activity',
      title: a.title,
      cells: cells.get(a.id) ?? new Map(),
      period: null,
      issues: [],
    };
    row.issues = issuesOf(row, columns);
    rows.push(row);
  }
  return { columns, rows };
}
