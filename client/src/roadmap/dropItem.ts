import { resizeItem } from '@planroom/shared';
import { edit } from '../core/edit';
import type { DragPreview } from '../core/session';
import { moveMany } from './actions';
import { resizedDates } from './dragMath';
import type { RoadmapContextValue } from './RoadmapContext';

/** Drop targets carry the lane an item lands in (null: no lane); rows of other groupings carry none. */
export interface RowDropData {
  laneId: string | null;
}

function isRowDropData(value: unknown): value is RowDropData {
  return typeof value === 'object' && value !== null && 'laneId' in value;
}

/**
 * Writes a finished drag to the document, as the preview showed it: one call, one
 * transaction, one undo step. A move takes the whole selection, their descendants and,
 * with "move dependents", the successors the preview showed.
 */
export function dropItem(ctx: RoadmapContextValue, preview: DragPreview, over: unknown): void {
  const item = ctx.store.getItem(preview.active);
  if (!item) return;
  const { days, mode } = preview;
  if (mode === 'move') {
    const laneId = isRowDropData(over) && over.laneId !== item.laneId ? over.laneId : undefined;
    const ids = preview.picked.length ? preview.picked : [item.id];
    moveMany(ctx, ids, days, laneId, preview.knockOn);
    return;
  }
  const ends = resizedDates(item, mode, days);
  if (ends) edit(ctx, () => resizeItem(ctx.doc, item.id, ends));
}
