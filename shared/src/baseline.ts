import type * as Y from 'yjs';
import { daysBetween, isIsoDate, toDayNumber } from './dates.js';
import { collection, defineEntity, metaMap, readEntry, transact } from './doc.js';
import { check, field, isoTimestamp, text } from './fields.js';
import { isIdOf } from './ids.js';
import type { Item } from './item.js';
import { type Problem, ValidationError } from './problems.js';
import { createRecord, updateRecord } from './records.js';

/**
 * A baseline: the plan's dates as they were at one moment, kept to measure slip against.
 * Its dates are a plain object, not a nested Y.Map: a baseline is written once and never
 * edited field by field (only renamed), and 5,000 entries as one value cost far less
 * than 5,000 Yjs items.
 */
export type BaselineSource = { kind: 'now' } | { kind: 'version'; versionId: number; versionName: string | null };
export type BaselineDates = Record<string, { start: string; end: string }>;

export interface Baseline {
  id: string;
  name: string;
  createdAt: string;
  source: BaselineSource;
  dates: BaselineDates;
}

/** More than the largest board Board JSON takes, so a baseline of any board fits. */
const MAX_BASELINE_DATES = 200_000;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function sourceReason(v: unknown): string | null {
  if (!isObject(v)) return "must be { kind: 'now' } or { kind: 'version', versionId, versionName }";
  if (v.kind === 'now') return null;
  if (v.kind !== 'version') return "must have kind 'now' or 'version'";
  if (typeof v.versionId !== 'number' || !Number.isInteger(v.versionId) || v.versionId < 0)
    return 'must have a versionId that is a whole number';
  if (v.versionName !== null && typeof v.versionName !== 'string')
    return 'must have a versionName that is text or null';
  return null;
}

function datesReason(v: unknown): string | null {
  if (!isObject(v)) return 'must be an object of item ids to { start, end }';
  const keys = Object.keys(v);
  if (keys.length > MAX_BASELINE_DATES) return `must hold at most ${MAX_BASELINE_DATES} items`;
  for (const id of keys) {
    const shown = id.slice(0, 80);
    if (!isIdOf('item', id)) return `has a key ${shown} that is not an item id`;
    const d = v[id];
    if (!isObject(d) || !isIsoDate(d.start) || !isIsoDate(d.end))
      return `has ${id} without a start and end like 2026-03-31`;
    if (toDayNumber(d.end) < toDayNumber(d.start)) return `has ${id} ending ${d.end}, before its start ${d.start}`;
  }
  return null;
}

export const baselineEntity = defineEntity({
  collection: 'baselines',
  kind: 'baseline',
  fields: {
    name: field(text({ min: 1, max: 120 })),
    createdAt: field(isoTimestamp),
    source: field(check<BaselineSource>(sourceReason)),
    dates: field(check<BaselineDates>(datesReason)),
  },
});

/** Reads one stored baseline leniently (for caches that re-read only what changed). */
export function readBaseline(id: string, entry: unknown) {
  return readEntry(baselineEntity, id, entry);
}

/** Every baseline that reads cleanly, oldest first; the rest as problems (the board is not touched). */
export function readBaselines(doc: Y.Doc): { baselines: Baseline[]; problems: Problem[] } {
  const baselines: Baseline[] = [];
  const problems: Problem[] = [];
  collection(doc, 'baselines').forEach((entry, id) => {
    const read = readEntry(baselineEntity, id, entry);
    if (read.record) baselines.push(read.record);
    else problems.push(...read.problems);
  });
  baselines.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const chosen = metaMap(doc).get('baselineId');
  if (chosen !== undefined && chosen !== null && !baselines.some((b) => b.id === chosen)) {
    const reason = collection(doc, 'baselines').has(String(chosen))
      ? 'points at a baseline that needs attention'
      : 'points at a baseline that does not exist';
    problems.push({ collection: 'meta', id: '', field: 'baselineId', reason });
  }
  return { baselines, problems };
}

/** The chosen baseline's id, or null when none is chosen or the chosen one cannot be read. */
export function chosenBaselineId(doc: Y.Doc): string | null {
  const id = metaMap(doc).get('baselineId');
  if (typeof id !== 'string' || !isIdOf('baseline', id)) return null;
  const entry = collection(doc, 'baselines').get(id);
  return entry && readEntry(baselineEntity, id, entry).record ? id : null;
}

export interface NewBaseline {
  name: string;
  source: BaselineSource;
  dates: BaselineDates;
  /** When it was set; now unless given (tests, imports). */
  createdAt?: string;
}

/** Validates and stores a baseline in one transaction; returns its id. It is not chosen. */
export function createBaseline(doc: Y.Doc, input: NewBaseline): string {
  const createdAt = input.createdAt ?? new Date().toISOString();
  return createRecord(doc, baselineEntity, { ...input, createdAt });
}

function requireBaseline(doc: Y.Doc, id: string): void {
  if (!collection(doc, 'baselines').has(id))
    throw new ValidationError([{ collection: 'baselines', id, field: '', reason: 'does not exist' }]);
}

/** Chooses the baseline the roadmap measures against, or none (null). */
export function chooseBaseline(doc: Y.Doc, id: string | null): void {
  if (id !== null) requireBaseline(doc, id);
  transact(doc, () => {
    metaMap(doc).set('baselineId', id);
  });
}

export function renameBaseline(doc: Y.Doc, id: string, name: string): void {
  updateRecord(doc, baselineEntity, id, { name });
}

/** Deletes a baseline; when it was the chosen one, none is chosen after. */
export function deleteBaseline(doc: Y.Doc, id: string): void {
  requireBaseline(doc, id);
  transact(doc, () => {
    collection(doc, 'baselines').delete(id);
    if (metaMap(doc).get('baselineId') === id) metaMap(doc).set('baselineId', null);
  });
}

/** The dates a baseline keeps, from the live items or from a version's items. */
export function baselineDates(items: readonly Pick<Item, 'id' | 'start' | 'end'>[]): BaselineDates {
  const out: BaselineDates = {};
  for (const item of items) out[item.id] = { start: item.start, end: item.end };
  return out;
}

export interface Variance {
  /** Calendar days; positive means later than the baseline. */
  startDays: number;
  endDays: number;
}

/** How far an item has moved since the baseline; null when the baseline does not know it. */
export function itemVariance(item: Pick<Item, 'id' | 'start' | 'end'>, baseline: Baseline): Variance | null {
  if (!Object.hasOwn(baseline.dates, item.id)) return null;
  const was = baseline.dates[item.id] as { start: string; end: string };
  return { startDays: daysBetween(was.start, item.start), endDays: daysBetween(was.end, item.end) };
}

export interface SlippedMilestone {
  itemId: string;
  title: string;
  baselineEnd: string;
  end: string;
  slipDays: number;
}

/** Milestones now later than in the baseline, the furthest slipped first (then by date, then title). */
export function slippedMilestones(
  items: readonly Pick<Item, 'id' | 'kind' | 'title' | 'start' | 'end'>[],
  baseline: Baseline,
): SlippedMilestone[] {
  const out: SlippedMilestone[] = [];
  for (const item of items) {
    if (item.kind !== 'milestone') continue;
    const variance = itemVariance(item, baseline);
    if (!variance || variance.endDays <= 0) continue;
    const baselineEnd = (baseline.dates[item.id] as { end: string }).end;
    out.push({ itemId: item.id, title: item.title, baselineEnd, end: item.end, slipDays: variance.endDays });
  }
  return out.sort((a, b) => b.slipDays - a.slipDays || a.end.localeCompare(b.end) || a.title.localeCompare(b.title));
}
