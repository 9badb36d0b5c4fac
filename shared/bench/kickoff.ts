/**
 * What opening a big kickoff costs: 40 deliverables (each with its milestone), 20 people
 * in a fully filled RACI matrix (800 cells), 30 KPIs with a year of monthly values, 50
 * risks, on a board of 2,000 other items. Measures reading the whole board, then (what
 * the kickoff view does once the board is loaded) gathering the kickoff and computing
 * the RACI rules, readiness, the heat map and every KPI's progress. Prints medians and
 * writes bench-results/kickoff.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import {
  type BoardJson,
  boardFromJson,
  emptyBoardJson,
  heatMap,
  kickoffIdFor,
  kickoffView,
  kpiProgress,
  milestoneIdFor,
  newId,
  orderKeys,
  raciCellId,
  raciMatrix,
  readBoard,
  readiness,
  SCHEMA_VERSION,
} from '../src/index.js';

const DELIVERABLES = 40;
const PEOPLE = 20;
const KPIS = 30;
const RISKS = 50;
const OTHER_ITEMS = 2000;

function day(offset: number): string {
  return new Date(Date.UTC(2026, 0, 5) + offset * 86_400_000).toISOString().slice(0, 10);
}

function board(): BoardJson {
  const json = emptyBoardJson(SCHEMA_VERSION, 'Kickoff bench', {});
  const keys = orderKeys(Math.max(OTHER_ITEMS, 100));
  const key = (n: number) => keys[n] ?? 'a0';
  const people = Array.from({ length: PEOPLE }, () => newId('person'));
  people.forEach((id, i) => {
    const timeOff = i % 4 === 0 ? [{ start: day(150 + i), end: day(170 + i) }] : [];
    json.people.push({ id, name: `Person ${i + 1}`, role: `Role ${i % 6}`, timeOff });
  });
  const project = newId('item');
  json.items.push({ id: project, title: 'Big change', start: day(0), end: day(364), ownerId: people[0] });
  const kickoffId = kickoffIdFor(project);
  json.kickoffs.push({ id: kickoffId, itemId: project, sponsor: { personId: people[1] }, purpose: 'Change' });
  for (let i = 0; i < OTHER_ITEMS; i++) {
    const start = (i * 7) % 330;
    json.items.push({
      id: newId('item'),
      title: `Task ${i}`,
      kind: 'task',
      start: day(start),
      end: day(start + 20),
      parentId: i < 200 ? project : null,
      order: key(i),
    });
  }
  const tasks = json.items.slice(1, 201).map((t) => String(t.id));
  for (let i = 0; i < 400; i++)
    json.assignments.push({
      id: newId('assignment'),
      itemId: tasks[i % tasks.length],
      personId: people[i % PEOPLE],
      hoursPerWeek: 8,
    });
  people.forEach((personId, i) => {
    json.stakeholders.push({ id: newId('stakeholder'), kickoffId, personId, order: key(i) });
  });
  for (let d = 0; d < DELIVERABLES; d++) {
    const id = newId('deliverable');
    const milestoneId = milestoneIdFor(id);
    const due = day(30 + d * 8);
    json.items.push({
      id: milestoneId,
      kind: 'milestone',
      title: `Deliverable ${d}`,
      start: due,
      end: due,
      parentId: project,
    });
    json.deliverables.push({
      id,
      kickoffId,
      title: `Deliverable ${d}`,
      itemIds: [tasks[d * 5], tasks[d * 5 + 1]],
      milestoneId,
      order: key(d),
    });
    people.forEach((column, p) => {
      const value = p === d % PEOPLE ? 'A' : p % 5 === 0 ? 'R' : p % 2 ? 'C' : 'I';
      json.raci.push({ id: raciCellId(id, column), kickoffId, row: id, column, value });
    });
  }
  for (let o = 0; o < 10; o++)
    json.objectives.push({
      id: newId('objective'),
      kickoffId,
      text: `Objective ${o}`,
      measure: 'm',
      target: 't',
      date: day(300),
      order: key(o),
    });
  for (let s = 0; s < 20; s++)
    json.scope.push({ id: newId('scope'), kickoffId, text: `Scope ${s}`, side: s % 3 ? 'in' : 'out', order: key(s) });
  for (let k = 0; k < KPIS; k++) {
    const history = Object.fromEntries(Array.from({ length: 12 }, (_, m) => [day(m * 30), 50 + m * (k % 3) - (k % 4)]));
    json.kpis.push({
      id: newId('kpi'),
      name: `KPI ${k}`,
      baseline: 50,
      target: 80,
      dueDate: day(360),
      ownerId: people[k % PEOPLE],
      itemId: project,
      kickoffId,
      history,
      order: key(k),
    });
  }
  for (let r = 0; r < RISKS; r++)
    json.risks.push({
      id: newId('risk'),
      title: `Risk ${r}`,
      probability: (r % 5) + 1,
      impact: ((r * 3) % 5) + 1,
      ownerId: people[r % PEOPLE],
      status: r % 7 ? 'open' : 'closed',
      itemIds: [project, tasks[r]],
      kickoffId,
      order: key(r),
    });
  return json;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

const built = boardFromJson(board());
if (!built.ok) throw new Error(`bench board invalid: ${JSON.stringify(built.problems.slice(0, 3))}`);
const doc = built.doc;
const kickoffId = [...readBoard(doc).kickoffs.keys()][0] ?? '';

/** What the kickoff view computes on opening; returns its sizes, to check the bench board. */
function open(snapshot: ReturnType<typeof readBoard>) {
  const view = kickoffView(snapshot, kickoffId);
  if (!view) throw new Error('kickoff missing');
  const matrix = raciMatrix(view, snapshot);
  readiness(view, snapshot.items);
  heatMap(view.risks);
  const kpis = view.kpis.map((k) => kpiProgress(k, '2026-09-01'));
  return { rows: matrix.rows.length, columns: matrix.columns.length, kpis: kpis.length, risks: view.risks.length };
}

const reads: number[] = [];
const opens: number[] = [];
const snapshot = readBoard(doc);
const sizes = JSON.stringify(open(snapshot));
if (
  snapshot.problems.length ||
  sizes !== JSON.stringify({ rows: DELIVERABLES, columns: PEOPLE, kpis: KPIS, risks: RISKS })
)
  throw new Error(`unexpected bench kickoff: ${sizes}, ${snapshot.problems.length} problems`);
for (let i = 0; i < 15; i++) {
  const t0 = performance.now();
  const fresh = readBoard(doc);
  const t1 = performance.now();
  open(fresh);
  const t2 = performance.now();
  reads.push(t1 - t0);
  opens.push(t2 - t1);
}

const results = [
  {
    name: `open the kickoff once the board is loaded: view + RACI rules (${DELIVERABLES}x${PEOPLE}) + readiness + heat map + ${KPIS} KPIs (median of 15)`,
    value: median(opens),
    unit: 'ms',
    target: 200,
  },
  {
    name: `readBoard of the whole board (${OTHER_ITEMS + DELIVERABLES + 1} items, ${RISKS} risks, ${DELIVERABLES * PEOPLE} RACI cells) (median of 15)`,
    value: median(reads),
    unit: 'ms',
    target: 200,
  },
].map((r) => ({ ...r, value: Math.round(r.value * 100) / 100 }));
console.log('\nKickoff (pure functions in @planroom/shared)');
console.table(results.map((r) => ({ ...r, meets: r.value <= r.target ? 'yes' : 'no' })));
const out = new URL('../../bench-results/', import.meta.url);
mkdirSync(out, { recursive: true });
writeFileSync(
  new URL('kickoff.json', out),
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, machine: { cpus: cpus().length, memGB: Math.round(totalmem() / 2 ** 30) }, results }, null, 2)}\n`,
);
