import type * as Y from 'yjs';
import { collection, type Entity, readEntry, transact } from './doc.js';
import { orderKey, text } from './fields.js';
import { orderAfterLast, sortByOrder } from './order.js';
import { createRecord, updateRecord } from './records.js';

/** A strategic goal that items contribute to (an OKR, a strategic theme). */
export interface Goal {
  id: string;
  title: string;
  description: string;
  color: string;
  order: string;
}

const COLOR = /^#[0-9a-fA-F]{6}$/;

export const goalEntity: Entity = {
  collection: 'goals',
  kind: 'goal',
  fields: {
    title: { check: text({ min: 1, max: 120 }) },
    description: { check: text({ max: 2000 }), fallback: () => '' },
    color: {
      check: (v) => (typeof v === 'string' && COLOR.test(v) ? null : 'must be a colour like #3366cc'),
      fallback: () => '#6b5bd6',
    },
    order: { check: orderKey, fallback: () => 'a0' },
  },
};

export function readGoal(id: string, entry: unknown) {
  return readEntry<Goal>(goalEntity, id, entry);
}

export function createGoal(doc: Y.Doc, input: Partial<Omit<Goal, 'id' | 'order'>> & Pick<Goal, 'title'>): string {
  const sorted = sortByOrder(
    [...collection(doc, 'goals').entries()].map(([id, g]) => ({ id, order: String(g.get('order') ?? 'a0') })),
  );
  return createRecord<Goal>(doc, goalEntity, { ...input, order: orderAfterLast(sorted) });
}

export function updateGoal(doc: Y.Doc, id: string, patch: Partial<Omit<Goal, 'id'>>): void {
  updateRecord<Goal>(doc, goalEntity, id, patch);
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
