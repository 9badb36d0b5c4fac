/**
 * "What changed" between two versions of a 5,000-item board (200 lanes, 1,500
 * dependencies, 100 people, 3,000 assignments), the later one after a busy session: 250
 * items moved, 100 status changes, 100 reassignments, 50 removed, 50 added, 60 new links.
 * Times `describeChanges` alone and with the `JSON.parse` of both versions (what the
 * history panel does with two fetched versions). Goal: <= 300 ms. Prints the medians and
 * writes bench-results/changes.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import {
  addDays,
  type BoardJson,
  changeText,
  describeChanges,
  emptyBoardJson,
  orderKeys,
  SCHEMA_VERSION,
  STATUSES,
} from '../src/index.js';

const ITEMS = 5_000;
const LANES = 200;
const DEPS = 1_500;
const PEOPLE = 100;
const ROUNDS = 15;
const GOAL_MS = 300;

type Json = Record<string, unknown>;

function before(): BoardJson {
  const board = emptyBoardJson(SCHEMA_VERSION, 'Big board', { name: 'Big board' });
  const keys = orderKeys(ITEMS);
  board.lanes = Array.from({ length: LANES }, (_, i) => ({ id: `lane:l${i}`, title: `Lane ${i}`, order: keys[i] }));
  board.people = Array.from({ length: PEOPLE }, (_, i) => ({ id: `person:p${i}`, name: `Person ${i}` }));
  board.items = Array.from({ length: ITEMS }, (_, i) => {
    const start = addDays('2026-01-05', (i * 7) % 700);
    const milestone = i % 10 === 9;
    return {
      id: `item:i${i}`,
      title: `Item ${i}`,
      kind: milestone ? 'milestone' : 'project',
      laneId: `lane:l${i % LANES}`,
      start,
      end: milestone ? start : addDays(start, 10 + (i % 30)),
      status: STATUSES[i % STATUSES.length],
      order: keys[i],
    };
  });
  // each link runs from an item to one 25 later: most hold, a few are broken from the start
  board.deps = Array.from({ length: DEPS }, (_, i) => ({
    id: `dep:d${i}`,
    from: `item:i${i * 3}`,
    to: `item:i${i * 3 + 25}`,
    type: 'FS',
    lagDays: 0,
  }));
  board.assignments = Array.from({ length: 3_000 }, (_, i) => ({
    id: `assignment:a${i}`,
    itemId: `item:i${i}`,
    personId: `person:p${i % PEOPLE}`,
    hoursPerWeek: 8,
  }));
  return board;
}

function after(board: BoardJson): BoardJson {
  const items = board.items.map((item, i): Json => {
    if (i % 20 === 0) return { ...item, start: addDays(String(item.start), 5), end: addDays(String(item.end), 5) };
    if (i % 50 === 1) return { ...item, status: 'at-risk' };
    return item;
  });
  const removed = new Set(items.filter((_, i) => i % 100 === 2).map((item) => item.id));
  const added = Array.from({ length: 50 }, (_, i) => ({
    id: `item:new${i}`,
    title: `New ${i}`,
    start: '2026-06-01',
    end: '2026-06-30',
  }));
  return {
    ...board,
    items: [...items.filter((item) => !removed.has(item.id)), ...added],
    deps: [
      ...board.deps,
      ...Array.from({ length: 60 }, (_, i) => ({
        id: `dep:n${i}`,
        from: `item:new${i % 50}`,
        to: `item:i${i * 7 + 4}`,
      })),
    ],
    assignments: board.assignments.map((a, i) =>
      i % 30 === 0 ? { ...a, personId: `person:p${(i + 1) % PEOPLE}` } : a,
    ),
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

const a = before();
const b = after(a);
const textA = JSON.stringify(a);
const textB = JSON.stringify(b);
const bare = () => describeChanges(a, b);
const parsed = () => describeChanges(JSON.parse(textA) as BoardJson, JSON.parse(textB) as BoardJson);
for (let r = 0; r < 3; r++) bare();
const runs = { bare: [] as number[], parsed: [] as number[] };
let count = 0;
for (let r = 0; r < ROUNDS; r++) {
  for (const [name, fn] of [
    ['bare', bare],
    ['parsed', parsed],
  ] as const) {
    const t = performance.now();
    count = fn().length;
    runs[name].push(performance.now() - t);
  }
}
const changes = bare();
const kinds = new Map<string, number>();
for (const c of changes) kinds.set(c.kind, (kinds.get(c.kind) ?? 0) + 1);

const results = [
  {
    name: `describeChanges, ${ITEMS} items (median of ${ROUNDS}; goal <= ${GOAL_MS})`,
    value: median(runs.bare),
    unit: 'ms',
  },
  { name: 'JSON.parse of both versions + describeChanges', value: median(runs.parsed), unit: 'ms' },
  { name: 'changes found', value: count, unit: '' },
].map((r) => ({ ...r, value: Math.round(r.value * 10) / 10 }));
console.log(`\nWhat changed between two versions (${[...kinds].map(([k, n]) => `${n} ${k}`).join(', ')})`);
console.log(`e.g. ${changes.slice(0, 3).map(changeText).join(' · ')}`);
console.table(results);
const out = new URL('../../bench-results/', import.meta.url);
mkdirSync(out, { recursive: true });
writeFileSync(
  new URL('changes.json', out),
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, results }, null, 2)}\n`,
);
