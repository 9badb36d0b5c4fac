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
import { boardFromJson, heatMap, kickoffView, kpiProgress, raciMatrix, readBoard, readiness } from '../src/index.js';
import { DELIVERABLES, KPIS, kickoffBenchBoard, OTHER_ITEMS, PEOPLE, RISKS } from './kickoffBoard.js';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

const built = boardFromJson(kickoffBenchBoard());
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
