import type * as Y from 'yjs';
import { defineEntity, type RecordOf, readEntry } from './doc.js';
import { field, isoDate, nullable, orderKey, ref, text } from './fields.js';
import { addToKickoff, deleteFromKickoff, updateInKickoff } from './kickoffList.js';
import { compareOrder } from './order.js';
import { party, requireParty } from './party.js';

export const decisionEntity = defineEntity({
  collection: 'decisions',
  kind: 'decision',
  fields: {
    kickoffId: field(ref('kickoff')),
    date: field(isoDate),
    decision: field(text({ min: 1, max: 2000 })),
    /** A person on the board or a body outside it ("Steering group"); read as nobody once the person is gone. */
    decidedBy: field(nullable(party), null),
    /** Entry order, for decisions taken on the same day. */
    order: field(orderKey, 'a0'),
  },
});

/** One line of the kickoff's decision log. */
export type Decision = RecordOf<typeof decisionEntity>;

export function readDecision(id: string, entry: unknown) {
  return readEntry(decisionEntity, id, entry);
}

/** The log's order: by date, then as entered. */
export function compareDecisions(a: Decision, b: Decision): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : compareOrder(a, b);
}

export type DecisionFields = Pick<Decision, 'date' | 'decision'> & Partial<Pick<Decision, 'decidedBy'>>;

function checkDecider(doc: Y.Doc) {
  return (d: Decision) => requireParty(doc, { collection: 'decisions', id: d.id, field: 'decidedBy' }, d.decidedBy);
}

export function addDecision(doc: Y.Doc, kickoffId: string, input: DecisionFields): string {
  return addToKickoff(doc, decisionEntity, kickoffId, input, { check: checkDecider(doc) });
}

export function updateDecision(doc: Y.Doc, id: string, patch: Partial<DecisionFields>): void {
  updateInKickoff(doc, decisionEntity, id, patch, checkDecider(doc));
}

export function deleteDecision(doc: Y.Doc, id: string): void {
  deleteFromKickoff(doc, decisionEntity, id);
}
