/**
 * What a baseline costs on a 5,000-item board: setting one (dates of every item, one
 * transaction), reading it back leniently (every date checked), the variance of every
 * item, the slipped milestones, and the bytes it adds to the document and to Board JSON.
 * Medians of several rounds after a warm-up; prints a table and writes
 * bench-results/baseline.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import { collection, insertEntry } from '../src/doc.js';
import {
  addDays,
  baselineDates,
  chooseBaseline,
  createBaseline,
  exportBoard,
  type Item,
  itemVariance,
  moveItems,
  readBaseline,
  readBaselines,
  readBoard,
  slippedMilestones,
  transact,
} from '../src/index.js';
import { itemEntity } from '../src/item.js';
import { migrateBoard } from '../src/migrations.js';

const N = 5_000;
const ROUNDS = 9;

function board(): Y.Doc {
  const doc = new Y.Doc();
  migrateBoard(doc);
  transact(doc, () => {
    for (let i = 0; i < N; i++) {
      const milestone = i % 10 === 0;
      const start = addDays('2026-01-05', i % 400);
      insertEntry(doc, itemEntity, `item:i${i}`, {
        title: `Item ${i}`,
        kind: milestone ? 'milestone' : 'project',
        start,
        end: milestone ? start : addDays(start, 20),
        order: 'a0',
      });
    }
  });
  return doc;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

function time(fn: () => void): number {
  fn(); // warm-up
  const runs: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const t = performance.now();
    fn();
    runs.push(performance.now() - t);
  }
  return median(runs);
}

const doc = board();
const items: Item[] = [...readBoard(doc).items.values()];
const bytesBefore = Y.encodeStateAsUpdate(doc).length;
const jsonBefore = JSON.stringify(exportBoard(doc)).length;

// each round sets a baseline on its own copy of the board, made before the clock starts
const update = Y.encodeStateAsUpdate(doc);
const copies = Array.from({ length: ROUNDS + 1 }, () => {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, update);
  return copy;
});
const setMs = time(() => {
  const copy = copies.pop() as Y.Doc;
  createBaseline(copy, { name: 'Q3 plan', source: { kind: 'now' }, dates: baselineDates(items) });
});
const id = createBaseline(doc, { name: 'Q3 plan', source: { kind: 'now' }, dates: baselineDates(items) });
chooseBaseline(doc, id);
moveItems(
  doc,
  items.filter((_, i) => i % 7 === 0).map((it) => it.id),
  { days: 9 },
);
const live: Item[] = [...readBoard(doc).items.values()];
const entry = collection(doc, 'baselines').get(id);
const readOneMs = time(() => readBaseline(id, entry));
const readAllMs = time(() => readBaselines(doc));
const baseline = readBaselines(doc).baselines[0];
if (!baseline) throw new Error('no baseline read back');
const varianceMs = time(() => {
  for (const item of live) itemVariance(item, baseline);
});
let slipped = 0;
const slippedMs = time(() => {
  slipped = slippedMilestones(live, baseline).length;
});
const bytesAdded = Y.encodeStateAsUpdate(doc).length - bytesBefore;
const jsonAdded = JSON.stringify(exportBoard(doc)).length - jsonBefore;

const results = {
  items: N,
  setBaselineMs: setMs,
  readOneBaselineMs: readOneMs,
  readBaselinesMs: readAllMs,
  varianceOfEveryItemMs: varianceMs,
  slippedMilestonesMs: slippedMs,
  slipped,
  docBytesAdded: bytesAdded,
  boardJsonBytesAdded: jsonAdded,
};
console.table(
  Object.entries(results).map(([what, value]) => ({
    what,
    value: typeof value === 'number' && !Number.isInteger(value) ? Number(value.toFixed(2)) : value,
  })),
);
mkdirSync(new URL('../../bench-results/', import.meta.url), { recursive: true });
writeFileSync(
  new URL('../../bench-results/baseline.json', import.meta.url),
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, ...results }, null, 2)}\n`,
);
