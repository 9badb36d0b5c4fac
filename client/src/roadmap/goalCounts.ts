import type { Item } from '@planroom/shared';

/** How many items serve each goal. */
export function itemCounts(items: ReadonlyMap<string, Item>): Map<string, number> {
  const out = new Map<string, number>();
  for (const item of items.values()) for (const g of item.goalIds) out.set(g, (out.get(g) ?? 0) + 1);
  return out;
}
