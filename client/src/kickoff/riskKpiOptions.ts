import { compareOrder, type Item, type Person } from '@planroom/shared';

/* The choices of the owner and linked-item selects of KPI and risk rows. */

export interface Option {
  id: string;
  label: string;
}

/** The board's people by name, with their role when they have one. */
export function personOptions(people: readonly Person[]): Option[] {
  return [...people]
    .sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1))
    .map((p) => ({ id: p.id, label: p.role ? `${p.name} (${p.role})` : p.name }));
}

const INDENT = '\u00a0\u00a0';

/**
 * The items a kickoff's KPIs and risks are usually about: what the project sits in (its
 * program, portfolio), the project itself and everything under it, indented under it. Not the whole board: a select of 5,000 items in every row would be unusable
 * (and slow), and a measure of this project belongs to this project's work.
 */
export function itemOptions(items: ReadonlyMap<string, Item>, rootId: string): Option[] {
  const root = items.get(rootId);
  if (!root) return [];
  const ancestors: Item[] = [];
  const seen = new Set([rootId]);
  for (let up = items.get(root.parentId ?? ''); up && !seen.has(up.id); up = items.get(up.parentId ?? '')) {
    seen.add(up.id);
    ancestors.unshift(up);
  }
  const children = new Map<string, Item[]>();
  for (const item of items.values()) {
    if (!item.parentId) continue;
    const list = children.get(item.parentId);
    if (list) list.push(item);
    else children.set(item.parentId, [item]);
  }
  // what it sits in comes first, unindented: a closed select then shows the project flush left
  const out: Option[] = ancestors.map((a) => ({ id: a.id, label: a.title }));
  const visit = (item: Item, depth: number) => {
    out.push({ id: item.id, label: INDENT.repeat(depth) + item.title });
    const under = (children.get(item.id) ?? []).filter((c) => !seen.has(c.id));
    under.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : compareOrder(a, b)));
    for (const child of under) {
      seen.add(child.id);
      visit(child, depth + 1);
    }
  };
  visit(root, 0);
  return out;
}

/** The options plus any linked item they leave out (linked from elsewhere), so a select never hides what is set. */
export function withLinked(
  options: readonly Option[],
  linked: readonly (string | null)[],
  items: ReadonlyMap<string, Item>,
): readonly Option[] {
  const extra: Option[] = [];
  for (const id of linked) {
    if (!id || options.some((o) => o.id === id) || extra.some((o) => o.id === id)) continue;
    const item = items.get(id);
    if (item) extra.push({ id, label: item.title });
  }
  return extra.length ? [...options, ...extra] : options;
}
