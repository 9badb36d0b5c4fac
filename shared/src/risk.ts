import type * as Y from 'yjs';
import { collection, defineEntity, type RecordOf, readEntry, transact } from './doc.js';
import { field, listOf, nullable, num, oneOf, orderKey, ref, text } from './fields.js';
import { kickoffEntity } from './kickoff.js';
import { orderAfterLast, orderAt } from './order.js';
import { personEntity } from './person.js';
import { ValidationError } from './problems.js';
import { createRecord, recordOrders, requireRef, updateRecord } from './records.js';

export const RISK_STATUSES = ['open', 'mitigating', 'closed'] as const;
export type RiskStatus = (typeof RISK_STATUSES)[number];

/** 1 (rare, negligible) to 5 (almost certain, severe): the axes of the 5x5 heat map. */
const scale = num({ min: 1, max: 5, integer: true });

export const riskEntity = defineEntity({
  collection: 'risks',
  kind: 'risk',
  textFields: ['mitigation'],
  fields: {
    title: field(text({ min: 1, max: 200 })),
    probability: field(scale),
    impact: field(scale),
    ownerId: field(nullable(ref('person')), null),
    mitigation: field(text({ max: 5000 }), ''),
    status: field(oneOf(RISK_STATUSES), 'open'),
    /** The roadmap items it threatens: an open high risk marks their bars. */
    itemIds: field(listOf(ref('item'), 200), () => []),
    /** The kickoff that raised it, if any: it goes with that kickoff. */
    kickoffId: field(nullable(ref('kickoff')), null),
    order: field(orderKey, 'a0'),
  },
});

export type Risk = RecordOf<typeof riskEntity>;

export function readRisk(id: string, entry: unknown) {
  return readEntry(riskEntity, id, entry);
}

function checkRefs(doc: Y.Doc) {
  return (r: Risk) => {
    requireRef(doc, riskEntity, r.id, 'ownerId', personEntity, r.ownerId);
    requireRef(doc, riskEntity, r.id, 'kickoffId', kickoffEntity, r.kickoffId);
    const items = collection(doc, 'items');
    if (r.itemIds.some((id) => !items.has(id)))
      throw new ValidationError([
        { collection: 'risks', id: r.id, field: 'itemIds', reason: 'has an item that does not exist' },
      ]);
  };
}

export type NewRisk = Pick<Risk, 'title' | 'probability' | 'impact'> & Partial<Omit<Risk, 'id' | 'order'>>;

export function createRisk(doc: Y.Doc, input: NewRisk): string {
  return createRecord(doc, riskEntity, { ...input, order: orderAfterLast(recordOrders(doc, 'risks')) }, checkRefs(doc));
}

export function updateRisk(doc: Y.Doc, id: string, patch: Partial<Omit<Risk, 'id' | 'order'>>): void {
  updateRecord(doc, riskEntity, id, patch, checkRefs(doc));
}

export function reorderRisk(doc: Y.Doc, id: string, index: number): void {
  updateRecord(doc, riskEntity, id, { order: orderAt(recordOrders(doc, 'risks', id), index) });
}

export function deleteRisk(doc: Y.Doc, id: string): void {
  transact(doc, () => collection(doc, 'risks').delete(id));
}
