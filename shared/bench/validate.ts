/**
 * What validating a board costs: shared's `checkRecord` (valibot schemas plus the lenient
 * adapter: defaults, every bad field with its reason, cross-field rules) beside a bare
 * valibot `safeParse` of the same rules, over the same 10,000 stored items. Rounds
 * alternate after a warm-up, so neither side pays for the other's garbage or JIT. Prints
 * the medians and writes bench-results/validate.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import * as v from 'valibot';
import {
  checkRecord,
  type IdKind,
  ITEM_KINDS,
  isIdOf,
  isIsoDate,
  isOrderKey,
  itemEntity,
  orderKeys,
  STATUSES,
  toDayNumber,
} from '../src/index.js';

const N = 10_000;
const ROUNDS = 25;

function day(offset: number): string {
  return new Date(Date.UTC(2026, 0, 5) + offset * 86_400_000).toISOString().slice(0, 10);
}

const keys = orderKeys(N);

/** Stored items as `toPlain` returns them: some fields absent (defaults), one in fifty bad. */
const raws = Array.from({ length: N }, (_, i) => {
  const start = i % 600;
  const raw: Record<string, unknown> = {
    title: `Item ${i}`,
    kind: i % 10 === 0 ? 'milestone' : 'project',
    start: day(start),
    end: day(i % 10 === 0 ? start : start + 20),
    laneId: `lane:${i % 40}`,
    parentId: i % 3 === 0 ? null : `item:${i - 1}`,
    status: STATUSES[i % STATUSES.length],
    progress: i % 101,
    order: keys[i],
  };
  if (i % 2 === 0) raw.goalIds = [`goal:${i % 7}`];
  if (i % 50 === 0) raw.start = '2026-02-30';
  return raw;
});

const ref = (kind: IdKind) => v.custom<string>((s) => isIdOf(kind, s), `must be a ${kind} id`);
const isoDate = v.custom<string>(isIsoDate, 'must be a date like 2026-03-31');
const text = (min: number, max: number) =>
  v.pipe(
    v.string('must be text'),
    v.check((s) => s.trim().length >= min, 'must not be empty'),
    v.maxLength(max, `must be at most ${max} characters`),
  );
const valibotItem = v.pipe(
  v.looseObject({
    kind: v.optional(v.picklist(ITEM_KINDS, `must be one of ${ITEM_KINDS.join(', ')}`), 'project'),
    title: text(1, 200),
    parentId: v.optional(v.nullable(ref('item')), null),
    laneId: v.optional(v.nullable(ref('lane')), null),
    start: isoDate,
    end: isoDate,
    status: v.optional(v.picklist(STATUSES, `must be one of ${STATUSES.join(', ')}`), 'not-started'),
    progress: v.optional(v.pipe(v.number('must be a number'), v.minValue(0), v.maxValue(100)), 0),
    ownerId: v.optional(v.nullable(ref('person')), null),
    goalIds: v.optional(v.pipe(v.array(ref('goal')), v.maxLength(100)), () => []),
    order: v.optional(v.custom<string>(isOrderKey, 'must be an order key like a0'), 'a0'),
    notes: v.optional(text(0, 100_000), ''),
  }),
  v.check((r) => toDayNumber(r.end) >= toDayNumber(r.start), 'end is before start'),
  v.check((r) => r.kind !== 'milestone' || r.start === r.end, 'end must equal start for a milestone'),
);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

function timeOnce(fn: () => number): { ms: number; valid: number } {
  const t = performance.now();
  const valid = fn();
  return { ms: performance.now() - t, valid };
}

const viaShared = () => raws.filter((raw, i) => checkRecord(itemEntity, `item:${i}`, raw).record !== null).length;
const bare = () => raws.filter((raw) => v.safeParse(valibotItem, raw, { abortPipeEarly: true }).success).length;
for (let r = 0; r < 3; r++) for (const fn of [viaShared, bare]) fn();
const runs = { shared: [] as number[], bare: [] as number[] };
const valid = { shared: 0, bare: 0 };
for (let r = 0; r < ROUNDS; r++) {
  const a = timeOnce(viaShared);
  const b = timeOnce(bare);
  runs.shared.push(a.ms);
  runs.bare.push(b.ms);
  valid.shared = a.valid;
  valid.bare = b.valid;
}
if (valid.shared !== valid.bare) throw new Error(`the two disagree: ${valid.shared} vs ${valid.bare} valid items`);
const own = { ms: median(runs.shared), valid: valid.shared };
const lib = { ms: median(runs.bare) };

const results = [
  { name: `checkRecord (valibot + lenient adapter), ${N} items (median of ${ROUNDS})`, value: own.ms, unit: 'ms' },
  { name: `bare valibot safeParse, same rules (median of ${ROUNDS})`, value: lib.ms, unit: 'ms' },
  { name: 'checkRecord / bare', value: own.ms / lib.ms, unit: 'x' },
].map((r) => ({ ...r, value: Math.round(r.value * 100) / 100 }));
console.log(`\nRecord validation (${own.valid} of ${N} items valid in both)`);
console.table(results);
const out = new URL('../../bench-results/', import.meta.url);
mkdirSync(out, { recursive: true });
writeFileSync(
  new URL('validate.json', out),
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, results }, null, 2)}\n`,
);
