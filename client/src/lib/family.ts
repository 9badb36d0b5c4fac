import type { Item, ItemKind } from '@planroom/shared';

/**
 * Every descendant of the given items (children, their children…), excluding the items
 * themselves: what moves along when a parent moves. Safe against a loop of parents.
 */
export function descendantsOf(
  items: ReadonlyMap<string, { parentId: string | null }>,
  ids: Iterable<string>,
): string[] {
  const children = new Map<string, string[]>();
  for (const [id, item] of items) {
    if (item.parentId) children.set(item.parentId, [...(children.get(item.parentId) ?? []), id]);
  }
  const start = new Set(ids);
  const seen = new Set(start);
  const out: string[] = [];
  const stack = [...start];
  while (stack.length) {
    for (const kid of children.get(stack.pop() as string) ?? []) {
      if (seen.has(kid)) continue;
      seen.add(kid);
      out.push(kid);
      stack.push(kid);
    }
  }
  return out;
}

const RANK: Record<ItemKind, number> = { portfolio: 0, program: 1, project: 2, task: 3, milestone: 4 };

/**
 * The items that can be an item's parent: a portfolio, program or project higher in the
 * hierarchy than it, and not the item or one of its descendants (that would make a loop).
 */
export function parentOptions(
  items: ReadonlyMap<string, Item>,
  item: Pick<Item, 'id' | 'kind'>,
): Array<Pick<Item, 'id' | 'title' | 'kind'>> {
  const inside = new Set([item.id, ...descendantsOf(items, [item.id])]);
  return [...items.values()]
    .filter((p) => RANK[p.kind] < Math.min(RANK[item.kind], RANK.task) && !inside.has(p.id))
    .sort((a, b) => RANK[a.kind] - RANK[b.kind] || a.title.localeCompare(b.title))
    .map((p) => ({ id: p.id, title: p.title, kind: p.kind }));
}
