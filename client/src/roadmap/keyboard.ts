import type { Direction } from '../timeline/rowGeometry';
import { neighbour } from '../timeline/rowGeometry';
import { moveMany } from './actions';
import type { RoadmapContextValue } from './RoadmapContext';

/** Focuses an item's bar if it is rendered (without scrolling the board to it). */
export function focusBar(id: string): void {
  document
    .querySelector<HTMLElement>(`[data-testid="bar"][data-item-id="${CSS.escape(id)}"]`)
    ?.focus({ preventScroll: true });
}

/** Arrow keys: to the previous/next bar in the line, or the nearest bar above/below. */
export function moveSelection(ctx: RoadmapContextValue, dir: Direction): void {
  const { session, engine } = ctx;
  const lines = engine.navLines();
  const current = session.selection.get();
  const next = current ? neighbour(lines, current, dir) : (lines[0]?.[0]?.id ?? null);
  if (!next) return;
  session.select(next, session.panelOpen.get());
  session.timeline?.reveal(next);
  requestAnimationFrame(() => focusBar(next));
}

/** Shift + ←/→: every selected item a day (Alt: a week) earlier or later, in one step. */
export function nudgeSelection(ctx: RoadmapContextValue, days: number): void {
  const ids = [...ctx.session.selected.get()];
  if (ids.length) moveMany(ctx, ids, days);
}

/** Enter: the item's details, with the title ready to type in (for editors). */
export function editItem(ctx: RoadmapContextValue, id: string): void {
  const { session } = ctx;
  if (!session.selected.get().has(id) || session.selected.get().size > 1) session.select(id);
  session.panelOpen.set(true);
  if (ctx.canEdit) session.focusTitle.set(id);
}

/** L: the next bar clicked becomes the successor of the selected item. */
export function startLinking(ctx: RoadmapContextValue): void {
  const from = ctx.session.selection.get();
  if (from && ctx.canEdit) ctx.session.linkFrom.set(from);
}
