import {
  createItem,
  deleteItems,
  descendantsOf,
  type IsoDate,
  knockOnShifts,
  linkItems,
  localIsoDate,
  type Move,
  moveItemsBy,
  unlink,
} from '@planroom/shared';
import { edit } from '../core/edit';
import type { RoadmapContextValue } from './RoadmapContext';

/**
 * A new item's title. Chosen to share no word with the panel's field labels or the
 * "New item" button, so `getByLabel('Title')` and the button stay unambiguous in tests.
 */
export const DEFAULT_TITLE = 'Unnamed item';

/** Creates a two-week item (in the first lane, today, unless told) and opens it. */
export function newItem(ctx: RoadmapContextValue, at?: { laneId: string | null; start: IsoDate }): string | null {
  let id: string | null = null;
  const laneId = at ? at.laneId : (ctx.store.getLaneIds()[0] ?? null);
  const start = at?.start ?? localIsoDate(new Date());
  edit(ctx, () => {
    id = createItem(ctx.doc, { title: DEFAULT_TITLE, kind: 'project', start, laneId });
  });
  if (id) {
    ctx.session.select(id);
    ctx.session.focusTitle.set(id);
  }
  return id;
}

export function deleteItem(ctx: RoadmapContextValue, id: string): void {
  deleteMany(ctx, [id]);
}

/** Deletes items in one transaction (one undo step) and drops them from the selection. */
export function deleteMany(ctx: RoadmapContextValue, ids: readonly string[]): void {
  if (edit(ctx, () => deleteItems(ctx.doc, ids))) ctx.session.forget(ids);
}

/** Delete key or button: the selected link, the selected item, or (after asking) many items. */
export function deleteSelection(ctx: RoadmapContextValue): void {
  const { session } = ctx;
  const dep = session.selectedDep.get();
  if (dep) {
    if (edit(ctx, () => unlink(ctx.doc, dep))) session.selectDep(null);
    return;
  }
  const ids = [...session.selected.get()];
  if (ids.length > 1) session.dialog.set({ kind: 'delete-items', ids });
  else if (ids[0]) deleteMany(ctx, ids);
}

/**
 * `from` leads to `to` (finish to start, no lag) and the new link opens in the panel to set
 * its type and lag. A refused link (a loop, a duplicate) says why in a notice.
 */
export function linkTo(ctx: RoadmapContextValue, from: string, to: string): string | null {
  if (from === to) return null;
  let id: string | null = null;
  edit(
    ctx,
    () => {
      id = linkItems(ctx.doc, { from, to });
    },
    (message) => ctx.session.notify(`Can't link these items: ${message}`),
  );
  if (id) ctx.session.selectDep(id);
  return id;
}

/**
 * Moves items by `days` (and to a lane), and with "move dependents" their successors too,
 * each by as much as its links need: one transaction, one undo step. Descendants come
 * along by shared's rule in `moveItemsBy`; here they only count as moved, so that their
 * successors follow too and none of them is shifted twice.
 */
export function moveMany(
  ctx: RoadmapContextValue,
  ids: readonly string[],
  days: number,
  laneId?: string | null,
  knockOn?: ReadonlyMap<string, number>,
): boolean {
  const family = descendantsOf(ctx.store.getItems(), ids);
  const shifts = knockOn ?? dependentsOf(ctx, [...ids, ...family], days);
  const moves: Move[] = ids.map((id) => ({ id, days, laneId }));
  for (const [id, shift] of shifts) if (!ids.includes(id) && !family.includes(id)) moves.push({ id, days: shift });
  if (!moves.some((m) => m.days !== 0 || m.laneId !== undefined)) return false;
  return edit(ctx, () => moveItemsBy(ctx.doc, moves));
}

/** Where successors go when `ids` move by `days`, if "move dependents" is on. */
export function dependentsOf(ctx: RoadmapContextValue, ids: readonly string[], days: number): Map<string, number> {
  if (!ctx.prefs.moveDependents.get() || days === 0) return new Map();
  return knockOnShifts(ctx.store.getItems(), ctx.store.deps.all(), ids, days);
}
