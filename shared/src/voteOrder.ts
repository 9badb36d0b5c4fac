import type * as Y from 'yjs';
import { collection, transact } from './doc.js';
import { updateItem } from './item.js';
import { compareOrder } from './order.js';
import { ranking, type VoteResult } from './workshop.js';

/**
 * Turns a revealed vote's ranking into the items' order: the voted items keep the order
 * slots they hold between them, now given out from most dots to fewest, so the board's
 * other items stay where they are. One transaction (one undo step). Items deleted since
 * the vote are left out.
 */
export function applyRanking(doc: Y.Doc, result: VoteResult): void {
  const items = collection(doc, 'items');
  const ranked = ranking(result)
    .map((r) => r.itemId)
    .filter((id) => items.has(id));
  const slots = ranked
    .map((id) => ({ id, order: String(items.get(id)?.get('order') ?? 'a0') }))
    .sort(compareOrder)
    .map((s) => s.order);
  transact(doc, () => {
    ranked.forEach((id, i) => {
      const order = slots[i];
      if (order !== undefined && items.get(id)?.get('order') !== order) updateItem(doc, id, { order });
    });
  });
}
