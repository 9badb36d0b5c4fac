import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import {
  type BoardJson,
  boardFromJson,
  computeLoads,
  emptyBoardJson,
  loadWindow,
  newId,
  orderKeys,
  readBoard,
  SCHEMA_VERSION,
  updateLoads,
} from '../src/index.js';

const PEOPLE = 500;
const ASSIGNMENTS = 5000;
const WEEKS = 104;

function day(offset: number): string {
  return new Date(Date.UTC(2026, 0, 5) + offset * 86_400_000).toISOString().slice(0, 10);
}

/** 500 people in 25 teams, 2,500 items over two years, 5,000 assignments (a tenth unstaffed). */
function board(): BoardJson {
  let seed = 7;
  const rand = () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 4294967296;
  };
  const keys = orderKeys(2500);
  const teams = Array.from({ length: 25 }, (_, i) => ({ id: newId('team'), name: `Team ${i + 1}`, order: keys[i] }));
  const people = Array.from({ length: PEOPLE }, (_, i) => ({
    id: newId('person'),
    name: `Person ${i + 1}`,
    teamId: teams[i % teams.length]?.id,
    capacityHoursPerWeek: i % 5 === 0 ? 24 : 40,
    timeOff: i % 3 === 0 ? [{ start: day(180 + (i % 40)), end: day(194 + (i % 40)) }] : [],
  }));
  const items = Array.from({ length: 2500 }, (_, i) => {
    const start = Math.floor(rand() * 650);
    return {
      id: newId('item'),
      title: `Item ${i}`,
      start: day(start),
      end: day(start + 5 + Math.floor(rand() * 90)),
      order: keys[i],
    };
  });
  const assignments = Array.from({ length: ASSIGNMENTS }, (_, i) => ({
    id: newId('assignment'),
    itemId: items[Math.floor(rand() * items.length)]?.id,
    personId: i % 10 === 0 ? null : people[Math.floor(rand() * people.length)]?.id,
    role: i % 10 === 0 ? 'Backend developer' : '',
    ...(i % 4 === 0 ? { percent: 25 } : { hoursPerWeek: 4 + Math.floor(rand() * 16) }),
  }));
  return { ...emptyBoardJson(SCHEMA_VERSION, 'Capacity bench', {}), items, people, teams, assignments };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

const built = boardFromJson(board());
if (!built.ok) throw new Error(`bench board invalid: ${JSON.stringify(built.problems.slice(0, 3))}`);
const snapshot = readBoard(built.doc);
const window = loadWindow('2026-01-05', WEEKS);

const full: number[] = [];
for (let i = 0; i < 15; i++) {
  const t = performance.now();
  computeLoads(snapshot, window);
  full.push(performance.now() - t);
}
const report = computeLoads(snapshot, window);
const incremental: number[] = [];
for (let i = 0; i < 200; i++) {
  const person = snapshot.people[i % snapshot.people.length]?.id ?? '';
  const t = performance.now();
  updateLoads(report, snapshot, [person]);
  incremental.push(performance.now() - t);
}

const results = [
  {
    name: `full load, ${PEOPLE} people / ${ASSIGNMENTS} assignments / ${WEEKS} weeks (median of 15)`,
    value: median(full),
    unit: 'ms',
    target: 50,
  },
  { name: 'one change: recompute one person (median of 200)', value: median(incremental), unit: 'ms', target: 5 },
].map((r) => ({ ...r, value: Math.round(r.value * 100) / 100 }));
console.log('\nCapacity (pure functions in @planroom/shared)');
console.table(results.map((r) => ({ ...r, meets: r.value <= r.target ? 'yes' : 'no' })));
const out = new URL('../../bench-results/', import.meta.url);
mkdirSync(out, { recursive: true });
writeFileSync(
  new URL('capacity.json', out),
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, machine: { cpus: cpus().length, memGB: Math.round(totalmem() / 2 ** 30) }, results }, null, 2)}\n`,
);
