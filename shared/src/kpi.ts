import * as v from 'valibot';
import * as Y from 'yjs';
import { type IsoDate, isIsoDate } from './dates.js';
import { collection, defineEntity, getEntry, type RecordOf, readEntry, transact } from './doc.js';
import { type Check, check, field, isoDate, nullable, orderKey, ref, text } from './fields.js';
import { itemEntity } from './item.js';
import { kickoffEntity } from './kickoff.js';
import { orderAfterLast, orderAt } from './order.js';
import { personEntity } from './person.js';
import { ValidationError } from './problems.js';
import { createRecord, recordOrders, requireRef, updateRecord } from './records.js';

/** Any finite number: KPIs count money, days, percentages, tonnes. */
const measured: Check<number> = v.pipe(v.number('must be a number'), v.finite('must be a number'));

export const MAX_KPI_VALUES = 1000;

/** Measured values by date, like { "2026-03-31": 42 }: one value a day. */
export type KpiHistory = Record<IsoDate, number>;

const history = check<KpiHistory>((value) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return 'must be values by date, like { "2026-03-31": 42 }';
  const entries = Object.entries(value);
  if (entries.length > MAX_KPI_VALUES) return `must hold at most ${MAX_KPI_VALUES} values`;
  for (const [date, n] of entries) {
    if (!isIsoDate(date))
      return `has ${JSON.stringify(String(date).slice(0, 20))}, which must be a date like 2026-03-31`;
    if (typeof n !== 'number' || !Number.isFinite(n)) return `has a value on ${date} that must be a number`;
  }
  return null;
});

export const kpiEntity = defineEntity({
  collection: 'kpis',
  kind: 'kpi',
  mapFields: ['history'],
  fields: {
    name: field(text({ min: 1, max: 120 })),
    /** "days", "%", "DKK", "tCO2e". */
    unit: field(text({ max: 20 }), ''),
    /** Where it stood at the start; with the target it says whether higher or lower is better. */
    baseline: field(nullable(measured), null),
    target: field(measured),
    dueDate: field(nullable(isoDate), null),
    ownerId: field(nullable(ref('person')), null),
    itemId: field(nullable(ref('item')), null),
    /** The kickoff that set it, if any: it goes with that kickoff. */
    kickoffId: field(nullable(ref('kickoff')), null),
    /** Stored as a nested Y.Map: two people recording different days both keep theirs. */
    history: field(history, () => ({})),
    order: field(orderKey, 'a0'),
  },
});

/** A measure of success (a benefit, for a business change): baseline, target and what was measured. */
export type Kpi = RecordOf<typeof kpiEntity>;

export function readKpi(id: string, entry: unknown) {
  return readEntry(kpiEntity, id, entry);
}

function checkRefs(doc: Y.Doc) {
  return (k: Kpi) => {
    requireRef(doc, kpiEntity, k.id, 'ownerId', personEntity, k.ownerId);
    requireRef(doc, kpiEntity, k.id, 'itemId', itemEntity, k.itemId);
    requireRef(doc, kpiEntity, k.id, 'kickoffId', kickoffEntity, k.kickoffId);
  };
}

export type NewKpi = Pick<Kpi, 'name' | 'target'> & Partial<Omit<Kpi, 'id' | 'name' | 'target' | 'order'>>;

export function createKpi(doc: Y.Doc, input: NewKpi): string {
  return createRecord(
    doc,
    kpiEntity,
    { history: {}, ...input, order: orderAfterLast(recordOrders(doc, 'kpis')) },
    checkRefs(doc),
  );
}

/** Edits a KPI's definition; measured values change through recordKpiValue and removeKpiValue. */
export function updateKpi(doc: Y.Doc, id: string, patch: Partial<Omit<Kpi, 'id' | 'history' | 'order'>>): void {
  if ('history' in patch)
    throw new ValidationError([{ collection: 'kpis', id, field: 'history', reason: 'changes one value at a time' }]);
  updateRecord(doc, kpiEntity, id, patch, checkRefs(doc));
}

export function reorderKpi(doc: Y.Doc, id: string, index: number): void {
  updateRecord(doc, kpiEntity, id, { order: orderAt(recordOrders(doc, 'kpis', id), index) });
}

export function deleteKpi(doc: Y.Doc, id: string): void {
  transact(doc, () => collection(doc, 'kpis').delete(id));
}

/** The KPI's values as a Y.Map, made one if it was stored some other way (imported, or by an old client). */
function historyMap(entry: Y.Map<unknown>): Y.Map<unknown> {
  const current = entry.get('history');
  if (current instanceof Y.Map) return current;
  const plain = typeof current === 'object' && current !== null ? Object.entries(current) : [];
  const map = new Y.Map<unknown>(plain);
  entry.set('history', map);
  return map;
}

/** Records what a KPI measured on a day; a second value for the same day replaces the first. */
export function recordKpiValue(doc: Y.Doc, id: string, date: IsoDate, value: number): void {
  const entry = getEntry(doc, kpiEntity, id);
  const fail = (field: string, reason: string) => new ValidationError([{ collection: 'kpis', id, field, reason }]);
  if (!isIsoDate(date)) throw fail('history', 'needs a date like 2026-03-31');
  if (typeof value !== 'number' || !Number.isFinite(value)) throw fail('history', `needs a number for ${date}`);
  const map = entry.get('history');
  if (map instanceof Y.Map && !map.has(date) && map.size >= MAX_KPI_VALUES)
    throw fail('history', `holds at most ${MAX_KPI_VALUES} values`);
  transact(doc, () => historyMap(entry).set(date, value));
}

export function removeKpiValue(doc: Y.Doc, id: string, date: IsoDate): void {
  const entry = getEntry(doc, kpiEntity, id);
  transact(doc, () => historyMap(entry).delete(date));
}
