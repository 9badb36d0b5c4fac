import type { DragEndEvent } from '@dnd-kit/core';
import { resizeItem } from '@planroom/shared';
import { deltaDays, isDragData, resizedDates } from '../lib/dragMath';
import { edit, moveMany } from './actions';
import type { BoardContextValue } from './BoardContext';
import type { DragPreview } from './session';

/** Drop targets carry the lane an item lands in (null: no lane); rows of other groupings carry none. */
export interface RowDropData {
  laneId: string | null;
}

/**
 * Writes a finished drag to the document: one call, one transaction, one undo step. A
 * move takes the whole selection, their descendants and, with "move dependents", the
 * successors the preview showed.
 */
export function dropItem(ctx: BoardContextValue, event: DragEndEvent, ppd: number, preview: DragPreview | null): void {
  const data = event.active.data.current;
  if (!isDragData(data)) return;
  const item = ctx.store.getItem(data.itemId);
  if (!item) return;
  const days = deltaDays(event.delta.x, ppd);
  const mode = preview?.mode ?? 'move';

  if (mode === 'move') {
    const over = event.over?.data.current as RowDropData | undefined;
    const laneId = over && 'laneId' in over && over.laneId !== item.laneId ? over.laneId : undefined;
    const ids = preview?.picked.length ? preview.picked : [item.id];
    const knockOn = preview && preview.days === days ? preview.knockOn : undefined;
    moveMany(ctx, ids, days, laneId, knockOn);
    return;
  }
  const ends = resizedDates(item, mode, days);
  if (ends) edit(ctx, () => resizeItem(ctx.doc, item.id, ends));
}
