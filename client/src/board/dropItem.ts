import type { DragEndEvent } from '@dnd-kit/core';
import { moveItems, resizeItem } from '@planroom/shared';
import { deltaDays, isDragData, resizedDates } from '../lib/dragMath';
import { edit } from './actions';
import type { BoardContextValue } from './BoardContext';
import type { LaneDropData } from './LaneRow';

/** Writes a finished drag to the document: one call, one transaction, one undo step. */
export function dropItem(ctx: BoardContextValue, event: DragEndEvent, ppd: number): void {
  const data = event.active.data.current;
  if (!isDragData(data)) return;
  const item = ctx.store.getItem(data.itemId);
  if (!item) return;
  const days = deltaDays(event.delta.x, ppd);

  if (data.mode === 'move') {
    const over = event.over?.data.current as LaneDropData | undefined;
    const laneId = over && over.laneId !== item.laneId ? over.laneId : undefined;
    if (days === 0 && laneId === undefined) return;
    edit(ctx, () => moveItems(ctx.doc, [item.id], laneId === undefined ? { days } : { days, laneId }));
    return;
  }
  const ends = resizedDates(item, data.mode, days);
  if (ends) edit(ctx, () => resizeItem(ctx.doc, item.id, ends));
}
