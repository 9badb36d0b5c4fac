import type * as Y from 'yjs';
import { collection, transact } from './doc.js';
import { updateItem } from './item.js';
import { compareOrder } from './order.js';
import { ValidationError } from './problems.js';
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

/** The tag a ranked item gets: the vote's label and its place ("Q3 vote #1"). */
export function rankTag(label: string, place: number): string {
  return `${label} #${place}`;
}

/**
 * Turns a revealed vote's ranking into tags: each item that got dots is tagged with the
 * label and its place, from #1 for the most dots (ties keep the vote's order). Tagging
 * again with the same label replaces the earlier places, on every item, so an item that
 * lost its dots loses its tag. One transaction (one undo step); items deleted since the
 * vote are left out. Returns the tags given.
 */
export function tagRanking(doc: Y.Doc, result: VoteResult, label: string): string[] {
  const clean = label.trim();
  const longest = rankTag(clean, result.itemIds.length);
  if (!clean || longest.length > 40)
    throw new ValidationError([
      { collection: 'items', id: '', field: 'tags', reason: 'needs a label of 1 to 34 characters for the vote' },
    ]);
  const items = collection(doc, 'items');
  const ranked = ranking(result).filter((r) => r.dots > 0 && items.has(r.itemId));
  const given = new Map(ranked.map((r, i) => [r.itemId, rankTag(clean, i + 1)]));
  const ours = (tag: string) => tag.startsWith(`${clean} #`) && /^\d+$/.test(tag.slice(clean.length + 2));
  transact(doc, () => {
    items.forEach((entry, id) => {
      const tags = entry.get('tags');
      const kept = (Array.isArray(tags) ? tags.filter((t): t is string => typeof t === 'string') : []).filter(
        (t) => !ours(t),
      );
      const mine = given.get(id);
      const next = mine ? [...kept, mine] : kept;
      if (JSON.stringify(next) !== JSON.stringify(Array.isArray(tags) ? tags : [])) updateItem(doc, id, { tags: next });
    });
  });
  return [...given.values()];
}
