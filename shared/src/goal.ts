import type * as Y from 'yjs';
import { collection, defineEntity, type RecordOf, readEntry, transact } from './doc.js';
import { field, hexColour, orderKey, text } from './fields.js';
import { orderAfterLast, sortByOrder } from './order.js';
import { createRecord, updateRecord } from './records.js';

export const goalEntity = defineEntity({
  collection: 'goals',
  kind: 'goal',
  fields: {
    title: field(text({ min: 1, max: 120 })),
    description: field(text({ max: 2000 }), ''),
    color: field(hexColour, '#6b5bd6'),
    order: field(orderKey, 'a0'),
  },
});

/** A strategic goal that items contribute to (an OKR, a strategic theme). */
export type Goal = RecordOf<typeof goalEntity>;

export function readGoal(id: string, entry: unknown) {
  return readEntry(goalEntity, id, entry);
}

export function createGoal(doc: Y.Doc, input: Partial<Omit<Goal, 'id' | 'order'>> & Pick<Goal, 'title'>): string {
  const sorted = sortByOrder(
    [...collection(doc, 'goals').entries()].map(([id, g]) => ({ id, order: String(g.get('order') ?? 'a0') })),
  );
  return createRecord(doc, goalEntity, { ...input, order: orderAfterLast(sorted) });
}

export function updateGoal(doc: Y.Doc, id: string, patch: Partial<Omit<Goal, 'id'>>): void {
  updateRecord(doc, goalEntity, id, patch);
}

/** Deletes a goal and unlinks it from every item that served it. */
export function deleteGoal(doc: Y.Doc, id: string): void {
  transact(doc, () => {
    collection(doc, 'items').forEach((item) => {
      const goals = item.get('goalIds');
      if (Array.isArray(goals) && goals.includes(id)) {
        item.set(
          'goalIds',
          goals.filter((g) => g !== id),
        );
      }
    });
    collection(doc, 'goals').delete(id);
  });
}
