import type { DepType } from '../dependency.js';
import type { Problem } from '../problems.js';
import {
  type Draft,
  type DraftAssignment,
  type DraftDep,
  type DraftItem,
  type DraftPerson,
  draftToBoard,
} from './draft.js';
import { countBoard, fileProblem, type ImportResult } from './importTypes.js';
import { lagDays, listOf, type MspFile, milestoneDay, mspDate, readMspFile, textOf } from './msprojectXml.js';

/** PredecessorLink Type in the published schema: 0=FF, 1=FS, 2=SF, 3=SS. */
/** The board's own bound on a link's lag (dependency.ts). */
const MAX_LAG_DAYS = 3650;

const LINK_TYPES: Record<string, DepType> = { '0': 'FF', '1': 'FS', '2': 'SF', '3': 'SS' };

type Node = Record<string, unknown>;
type Bad = (where: string, field: string, reason: string) => void;

const isUid = (s: string) => /^-?\d+$/.test(s);

/** Tasks in outline order; the project's own summary (level 0) and blank rows are skipped. */
function readTasks(file: MspFile, bad: Bad): { items: DraftItem[]; nodes: Map<string, Node> } {
  const items: DraftItem[] = [];
  const nodes = new Map<string, Node>();
  const stack: DraftItem[] = [];
  for (const [n, t] of file.tasks.entries()) {
    if (textOf(t, 'IsNull') === '1') continue;
    const uid = textOf(t, 'UID');
    const name = textOf(t, 'Name');
    const where = uid ? `Task UID ${uid}` : `Task #${n + 1}${name ? ` ('${name}')` : ''}`;
    if (!isUid(uid)) {
      bad(where, 'UID', uid ? `'${uid}' is not a whole number` : 'is missing');
      continue;
    }
    if (nodes.has(uid)) {
      bad(where, 'UID', 'is used by two tasks');
      continue;
    }
    const level = Number(textOf(t, 'OutlineLevel') || '1');
    if (level === 0) continue; // the project summary task: the board itself
    nodes.set(uid, t);
    if (!name) bad(where, 'Name', 'is missing');
    else if (name.length > 200) bad(where, 'Name', `is ${name.length} characters long; at most 200 fit`);
    const milestone = textOf(t, 'Milestone') === '1';
    const start = (milestone ? milestoneDay : mspDate)(textOf(t, 'Start'));
    const finish = mspDate(textOf(t, 'Finish'));
    if (!start) bad(where, 'Start', `'${textOf(t, 'Start')}' is not a date-time like 2026-03-02T08:00:00`);
    if (!finish) bad(where, 'Finish', `'${textOf(t, 'Finish')}' is not a date-time like 2026-03-06T17:00:00`);
    if (start && finish && finish < start && !milestone) bad(where, 'Finish', `${finish} is before Start ${start}`);
    if (!Number.isInteger(level) || level < 1 || level > stack.length + 1) {
      bad(where, 'OutlineLevel', `${textOf(t, 'OutlineLevel')} cannot follow a task at level ${stack.length}`);
      continue;
    }
    const pct = Math.min(100, Math.max(0, Math.round(Number(textOf(t, 'PercentComplete') || '0')) || 0));
    const item: DraftItem = {
      key: uid,
      title: name,
      parent: stack[level - 2]?.key ?? null,
      kind: null,
      milestone,
      start: start ?? '',
      end: finish ?? '',
      status: pct === 100 ? 'done' : pct > 0 ? 'on-track' : 'not-started',
      progress: pct,
      owner: null,
      lane: null,
      notes: textOf(t, 'Notes').slice(0, 100_000),
    };
    stack.length = level - 1;
    stack.push(item);
    items.push(item);
  }
  return { items, nodes };
}

/** Each task's PredecessorLinks as dependencies into it; a link that would loop is refused. */
function readLinks(file: MspFile, nodes: Map<string, Node>, bad: Bad): DraftDep[] {
  const deps: DraftDep[] = [];
  for (const [uid, t] of nodes) {
    for (const link of listOf(t, 'PredecessorLink')) {
      const from = textOf(link, 'PredecessorUID');
      const where = `Task UID ${uid}`;
      const type = LINK_TYPES[textOf(link, 'Type') || '1'];
      const lag = lagDays(textOf(link, 'LinkLag'), textOf(link, 'LagFormat'), file.minutesPerDay);
      if (!nodes.has(from))
        bad(where, 'PredecessorLink', `PredecessorUID ${from || '(missing)'} is not a task in this file`);
      else if (from === uid) bad(where, 'PredecessorLink', 'links the task to itself');
      else if (!type)
        bad(where, 'PredecessorLink', `Type ${textOf(link, 'Type')} is not 0 (FF), 1 (FS), 2 (SF) or 3 (SS)`);
      else if (!Number.isFinite(lag) || Math.abs(lag) > MAX_LAG_DAYS) {
        bad(
          where,
          'PredecessorLink',
          `LinkLag ${textOf(link, 'LinkLag')} is not a lag of at most ${MAX_LAG_DAYS} days`,
        );
      } else if (!deps.some((d) => d.from === from && d.to === uid)) deps.push({ from, to: uid, type, lagDays: lag });
    }
  }
  const loop = loopingLink(deps);
  if (loop) {
    bad(`Task UID ${loop.to}`, 'PredecessorLink', `PredecessorUID ${loop.from} would close a loop of dependencies`);
  }
  return deps;
}

/**
 * The first link that closes a loop, found in one depth-first pass over all links
 * (checking each link as it is added costs a pass per link: seconds on 5,000).
 */
function loopingLink(deps: readonly DraftDep[]): DraftDep | null {
  const out = new Map<string, DraftDep[]>();
  for (const d of deps) {
    const list = out.get(d.from);
    if (list) list.push(d);
    else out.set(d.from, [d]);
  }
  const state = new Map<string, 'open' | 'done'>();
  for (const root of out.keys()) {
    if (state.has(root)) continue;
    const stack: { node: string; next: number }[] = [{ node: root, next: 0 }];
    state.set(root, 'open');
    while (stack.length) {
      const top = stack[stack.length - 1] as { node: string; next: number };
      const edge = out.get(top.node)?.[top.next];
      top.next += 1;
      if (!edge) {
        state.set(top.node, 'done');
        stack.pop();
      } else if (state.get(edge.to) === 'open') return edge;
      else if (!state.has(edge.to)) {
        state.set(edge.to, 'open');
        stack.push({ node: edge.to, next: 0 });
      }
    }
  }
  return null;
}

/** Work resources with a name become people; material and cost resources are left out. */
function readPeople(file: MspFile, bad: Bad): { people: DraftPerson[]; known: Set<string> } {
  const people: DraftPerson[] = [];
  const known = new Set<string>();
  for (const [n, r] of file.resources.entries()) {
    const uid = textOf(r, 'UID');
    if (!isUid(uid)) {
      bad(`Resource #${n + 1}`, 'UID', uid ? `'${uid}' is not a whole number` : 'is missing');
      continue;
    }
    known.add(uid);
    const name = textOf(r, 'Name').slice(0, 120);
    const type = textOf(r, 'Type') || '1';
    if (!name || type !== '1') continue;
    const units = Number(textOf(r, 'MaxUnits') || '1');
    const hours = (Number.isFinite(units) && units > 0 ? units : 1) * (file.minutesPerWeek / 60);
    people.push({
      key: uid,
      name,
      role: textOf(r, 'Group').slice(0, 120),
      capacityHoursPerWeek: Math.min(168, Math.max(0.5, Math.round(hours * 10) / 10)),
    });
  }
  return { people, known };
}

/**
 * Assignments as hours per week: Units (1 = full time) times the project calendar's
 * MinutesPerWeek / 60 (2400 minutes, 40 h, when the file does not say). An assignment to
 * no resource (UID -65535) or to a material or cost resource is left out.
 */
function readAssignments(file: MspFile, tasks: Map<string, Node>, people: Set<string>, known: Set<string>, bad: Bad) {
  const out: DraftAssignment[] = [];
  for (const [n, a] of file.assignments.entries()) {
    const task = textOf(a, 'TaskUID');
    const res = textOf(a, 'ResourceUID');
    const where = `Assignment ${textOf(a, 'UID') ? `UID ${textOf(a, 'UID')}` : `#${n + 1}`}`;
    if (task === '0' || res === '-65535') continue;
    if (!tasks.has(task)) {
      bad(where, 'TaskUID', `${task || '(missing)'} is not a task in this file`);
      continue;
    }
    if (!known.has(res)) {
      bad(where, 'ResourceUID', `${res || '(missing)'} is not a resource in this file`);
      continue;
    }
    if (!people.has(res)) continue;
    const units = Number(textOf(a, 'Units') || '1');
    if (!Number.isFinite(units) || units < 0) {
      bad(where, 'Units', `'${textOf(a, 'Units')}' is not a number`);
      continue;
    }
    if (units === 0) continue;
    const hours = Math.round(units * (file.minutesPerWeek / 60) * 10) / 10;
    out.push({ item: task, person: res, hoursPerWeek: Math.min(168, Math.max(0.5, hours)) });
  }
  return out;
}

/** The board from a Project XML (MSPDI) file, or every problem found and no board. */
export function msProjectToBoard(text: string, name?: string): ImportResult {
  const read = readMspFile(text);
  if ('problems' in read) return { ok: false, problems: read.problems };
  const { file } = read;
  const problems: Problem[] = [];
  const bad: Bad = (where, field, reason) => void problems.push(fileProblem('xml', where, field, reason));
  const { items, nodes } = readTasks(file, bad);
  if (!items.length && !problems.length) bad('<Tasks>', '', 'holds no tasks');
  const deps = readLinks(file, nodes, bad);
  const { people, known } = readPeople(file, bad);
  const assignments = readAssignments(file, nodes, new Set(people.map((p) => p.key)), known, bad);
  if (problems.length) return { ok: false, problems };
  // the owner is the person assigned the most units (the first of equals)
  const top = new Map<string, DraftAssignment>();
  for (const a of assignments) {
    const best = top.get(a.item);
    if (!best || a.hoursPerWeek > best.hoursPerWeek) top.set(a.item, a);
  }
  for (const item of items) item.owner = top.get(item.key)?.person ?? null;
  const draft: Draft = { name: name ?? (file.name || 'Imported plan'), items, deps, people, assignments };
  const board = draftToBoard(draft);
  return { ok: true, board, counts: countBoard(board) };
}
