import type { BoardSnapshot } from './board.js';
import type { Goal } from './goal.js';
import type { Item, ItemKind, Status } from './item.js';
import type { Person } from './person.js';

/** A person's view filter: every part given must match; an empty part matches all. */
export interface ItemFilter {
  text?: string;
  statuses?: readonly Status[];
  ownerIds?: readonly string[];
  goalIds?: readonly string[];
  kinds?: readonly ItemKind[];
}

export function isFilterEmpty(f: ItemFilter): boolean {
  return !f.text?.trim() && !f.statuses?.length && !f.ownerIds?.length && !f.goalIds?.length && !f.kinds?.length;
}

function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/**
 * True when the item passes the filter. Every word of the text must appear in the title,
 * notes, tags or owner name, ignoring case and accents ("malmo" finds "Malmö").
 */
export function matchesFilter(item: Item, f: ItemFilter, people?: ReadonlyMap<string, Person>): boolean {
  if (f.statuses?.length && !f.statuses.includes(item.status)) return false;
  if (f.kinds?.length && !f.kinds.includes(item.kind)) return false;
  if (f.ownerIds?.length && !(item.ownerId && f.ownerIds.includes(item.ownerId))) return false;
  if (f.goalIds?.length && !item.goalIds.some((g) => f.goalIds?.includes(g))) return false;
  const text = f.text?.trim();
  if (text) {
    const owner = item.ownerId ? (people?.get(item.ownerId)?.name ?? '') : '';
    const haystack = fold(`${item.title}\n${item.notes}\n${item.tags.join('\n')}\n${owner}`);
    if (
      !fold(text)
        .split(/\s+/)
        .every((word) => haystack.includes(word))
    )
      return false;
  }
  return true;
}

/** Goals that no item serves yet: the gaps a portfolio review should see. */
export function goalsWithoutItems(board: Pick<BoardSnapshot, 'items' | 'goals'>): Goal[] {
  const served = new Set<string>();
  for (const item of board.items.values()) for (const g of item.goalIds) served.add(g);
  return board.goals.filter((g) => !served.has(g.id));
}
