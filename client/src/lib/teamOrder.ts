import { collection, orderAt, sortByOrder, storedOrder, type Team, teamEntity, updateRecord } from '@planroom/shared';
import type * as Y from 'yjs';

/**
 * Moves a team to `index` among the board's teams (order as everyone sorts it: fractional
 * key, ties by id). Only the moved team's `order` is written, in one transaction.
 *
 * Shared has `reorderLane` but no `reorderTeam` yet; this is the same write through
 * shared's own `orderAt` and `updateRecord` (which validate first), kept here until
 * shared grows one.
 */
export function reorderTeam(doc: Y.Doc, id: string, index: number): void {
  const others: Array<{ id: string; order: string }> = [];
  collection(doc, 'teams').forEach((t, teamId) => {
    const order = storedOrder(t.get('order'));
    if (teamId !== id && order !== null) others.push({ id: teamId, order });
  });
  const order = orderAt(sortByOrder(others), index);
  updateRecord<Team>(doc, teamEntity, id, { order });
}
