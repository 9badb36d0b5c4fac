/**
 * What the status view costs on a 5,000-item portfolio: 20 programs of 10 projects, each
 * project with 15 tasks and 8 milestones (4,620 items with the programs and projects,
 * plus 380 more tasks), 200 people in 10 teams with 4,000 assignments, 60 KPIs, 150
 * risks, and a baseline of every item with a third of the milestones a week later now.
 * Measures `readBoard` (what `StatusModel` does after a burst of edits) and `statusReport`
 * for the whole portfolio and one program. Prints medians and writes bench-results/status.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import {
  type BoardJson,
  baselineDates,
  boardFromJson,
  chosenBaselineId,
  emptyBoardJson,
  newId,
  orderKeys,
  parseQuarterKey,
  readBaselines,
  readBoard,
  SCHEMA_VERSION,
  statusReport,
} from '../src/index.js';

const day = (offset: number) => new Date(Date.UTC(2026, 6, 1) + offset * 86_400_000).toISOString().slice(0, 10);

function statusBenchBoard(): BoardJson {
  const json = emptyBoardJson(SCHEMA_VERSION, 'Status bench', {});
  const keys = orderKeys(6000);
  let n = 0;
  const item = (fields: Record<string, unknown>) => {
    const id = newId('item');
    json.items.push({ id, order: keys[n++] ?? 'a0', ...fields });
    return id;
  };
  const teams = Array.from({ length: 10 }, (_, i) => {
    const id = newId('team');
    json.teams.push({ id, name: `Team ${i + 1}`, order: keys[i] });
    return id;
  });
  const people = Array.from({ length: 200 }, (_, i) => {
    const id = newId('person');
    json.people.push({ id, name: `Person ${i + 1}`, teamId: teams[i % 10], capacityHoursPerWeek: 40 });
    return id;
  });
  const statuses = ['on-track', 'at-risk', 'off-track', 'not-started', 'done'];
  const work: string[] = [];
  for (let p = 0; p < 20; p++) {
    const program = item({ title: `Program ${p}`, kind: 'program', start: day(0), end: day(540) });
    for (let j = 0; j < 10; j++) {
      const start = (p * 13 + j * 29) % 360;
      const project = item({
        title: `Project ${p}.${j}`,
        kind: 'project',
        parentId: program,
        start: day(start),
        end: day(start + 180),
        status: statuses[(p + j) % 5],
      });
      for (let t = 0; t < 15; t++)
        work.push(
          item({
            title: `Task ${p}.${j}.${t}`,
            kind: 'task',
            parentId: project,
            start: day(start + t * 10),
            end: day(start + t * 10 + 14),
            progress: (t * 7) % 100,
          }),
        );
      for (let m = 0; m < 8; m++)
        item({
          title: `Milestone ${p}.${j}.${m}`,
          kind: 'milestone',
          parentId: project,
          start: day(start + m * 22),
          end: day(start + m * 22),
        });
    }
  }
  while (json.items.length < 5000)
    work.push(item({ title: `Loose ${n}`, kind: 'task', start: day(n % 400), end: day((n % 400) + 9) }));
  for (let i = 0; i < 4000; i++)
    json.assignments.push({
      id: newId('assignment'),
      itemId: work[i % work.length],
      personId: people[i % 200],
      hoursPerWeek: 6 + (i % 5) * 4,
    });
  for (let i = 0; i < 60; i++)
    json.kpis.push({
      id: newId('kpi'),
      name: `KPI ${i}`,
      target: 100,
      baseline: 0,
      itemId: work[i * 30],
      history: { [day(30)]: i, [day(120)]: i * 1.5 },
    });
  for (let i = 0; i < 150; i++)
    json.risks.push({
      id: newId('risk'),
      title: `Risk ${i}`,
      probability: 1 + (i % 5),
      impact: 1 + ((i * 3) % 5),
      itemIds: [work[i * 20]],
    });
  // the plan as it was: every item, with a third of the milestones a week earlier than now
  const dates = baselineDates(json.items as { id: string; start: string; end: string }[]);
  json.items.forEach((it, i) => {
    if (it.kind === 'milestone' && i % 3 === 0) dates[String(it.id)] = { start: day(-7), end: day(-7) };
  });
  const baselineId = newId('baseline');
  json.baselines.push({
    id: baselineId,
    name: 'Plan',
    createdAt: '2026-06-30T09:00:00.000Z',
    source: { kind: 'now' },
    dates,
  });
  json.meta = { ...json.meta, baselineId };
  return json;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

const built = boardFromJson(statusBenchBoard());
if (!built.ok) throw new Error(`bench board invalid: ${JSON.stringify(built.problems.slice(0, 3))}`);
const doc = built.doc;
const quarter = parseQuarterKey('2026-Q4');
if (!quarter) throw new Error('quarter');
const baseline = readBaselines(doc).baselines.find((b) => b.id === chosenBaselineId(doc)) ?? null;
const board = readBoard(doc);
const program = [...board.items.values()].find((i) => i.kind === 'program')?.id ?? null;
const opts = { quarter, baseline, today: '2026-11-15' };
const check = statusReport(board, { ...opts, scopeId: null });
const sizes = {
  items: board.items.size,
  rows: check.rows.length,
  due: check.due.length,
  slipped: check.slipped.length,
  teams: check.capacity.teams.length,
};

const runs = { read: [] as number[], baselines: [] as number[], portfolio: [] as number[], program: [] as number[] };
for (let i = 0; i < 9; i++) {
  let t = performance.now();
  readBoard(doc);
  runs.read.push(performance.now() - t);
  t = performance.now();
  readBaselines(doc);
  runs.baselines.push(performance.now() - t);
  t = performance.now();
  statusReport(board, { ...opts, scopeId: null });
  runs.portfolio.push(performance.now() - t);
  t = performance.now();
  statusReport(board, { ...opts, scopeId: program });
  runs.program.push(performance.now() - t);
}
const result = {
  date: new Date().toISOString(),
  node: process.version,
  machine: { cpus: cpus().length, memoryGb: Math.round(totalmem() / 2 ** 30) },
  board: sizes,
  loadAverage: loadavg()[0] ?? 0,
  medianMs: {
    readBoard: median(runs.read),
    readBaselines: median(runs.baselines),
    portfolioReport: median(runs.portfolio),
    programReport: median(runs.program),
  },
};
console.log(`status view on ${sizes.items} items (${JSON.stringify(sizes)}), median of 9:`);
console.log(`  read the board              ${result.medianMs.readBoard.toFixed(1)} ms`);
console.log(`  read the baselines (5,000 dates, only when they change) ${result.medianMs.readBaselines.toFixed(1)} ms`);
console.log(`  report, whole portfolio     ${result.medianMs.portfolioReport.toFixed(1)} ms`);
console.log(`  report, one program         ${result.medianMs.programReport.toFixed(1)} ms`);
console.log(`  (load average ${result.loadAverage.toFixed(1)} on ${result.machine.cpus} cores)`);
const out = new URL('../../bench-results/', import.meta.url);
mkdirSync(out, { recursive: true });
writeFileSync(new URL('status.json', out), `${JSON.stringify(result, null, 2)}\n`);
