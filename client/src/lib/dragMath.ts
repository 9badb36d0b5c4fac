import { addDays, type IsoDate } from '@planroom/shared';

/** What a drag does: move the whole bar, or one of its ends. */
export type DragMode = 'move' | 'start' | 'end';

/** What a bar's draggable carries; the mode comes from where the drag started. */
export interface DragData {
  itemId: string;
}

export function isDragData(value: unknown): value is DragData {
  if (typeof value !== 'object' || value === null) return false;
  return typeof (value as Record<string, unknown>).itemId === 'string';
}

/** A drag that starts on a bar's edge handle (`data-handle="start"|"end"`) resizes; anywhere else moves. */
export function dragModeOf(handle: string | null | undefined): DragMode {
  return handle === 'start' || handle === 'end' ? handle : 'move';
}

/** A pointer delta in pixels, as whole days at `ppd` pixels per day. */
export function deltaDays(dx: number, ppd: number): number {
  const days = Math.round(dx / ppd);
  return Object.is(days, -0) ? 0 : days;
}

/** The transform a drag shows: snapped to whole days; resizing stays on its row. */
export function snapTransform<T extends { x: number; y: number }>(
  transform: T,
  ppd: number,
  mode: DragMode | undefined,
): T {
  return { ...transform, x: deltaDays(transform.x, ppd) * ppd, y: mode === 'move' ? transform.y : 0 };
}

/** New dates after dragging one end by `days`; an end never passes the other one. */
export function resizedDates(
  item: { start: IsoDate; end: IsoDate },
  mode: 'start' | 'end',
  days: number,
): { start?: IsoDate; end?: IsoDate } | null {
  if (mode === 'start') {
    // ISO dates compare as strings; Math.min would not.
    let start = addDays(item.start, days);
    if (start > item.end) start = item.end;
    return start === item.start ? null : { start };
  }
  let end = addDays(item.end, days);
  if (end < item.start) end = item.start;
  return end === item.end ? null : { end };
}
