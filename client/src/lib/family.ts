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
