import { addDays, type IsoDate } from '@planroom/shared';
import type { DragMode } from '../core/session';

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

/** Where a drag started, or is now: the pointer on screen and the scroll box's offsets. */
export interface DragPoint {
  x: number;
  y: number;
  scrollLeft: number;
  scrollTop: number;
}

/**
 * How far a dragged bar has travelled over the board: the pointer's move on screen plus
 * what the scroll box scrolled meanwhile (by itself at an edge, or by the wheel). The bar
 * is drawn and dropped at this offset, so it lands on the date under the pointer.
 */
export function dragOffset(from: DragPoint, to: DragPoint): { dx: number; dy: number } {
  return { dx: to.x - from.x + to.scrollLeft - from.scrollLeft, dy: to.y - from.y + to.scrollTop - from.scrollTop };
}

/** Width of the band along an edge of the view where holding a dragged bar scrolls. */
export const EDGE_BAND = 40;
const EDGE_MIN_SPEED = 60;
const EDGE_MAX_SPEED = 900;

/**
 * Edge scrolling while dragging, in pixels per second along one axis: nothing until the
 * pointer is within EDGE_BAND of an edge of the view [lo, hi), then faster the deeper it
 * goes (gently at first, so a bar can be placed near the edge), full speed at or past the
 * edge. Negative scrolls towards lo.
 */
export function edgeSpeed(pointer: number, lo: number, hi: number): number {
  if (hi - lo < EDGE_BAND * 3) return 0; // a view this small would scroll wherever the bar is
  const depth = Math.max(pointer - (hi - EDGE_BAND), lo + EDGE_BAND - pointer);
  if (depth <= 0) return 0;
  const t = Math.min(1, depth / EDGE_BAND);
  const speed = EDGE_MIN_SPEED + (EDGE_MAX_SPEED - EDGE_MIN_SPEED) * t * t;
  return pointer > (lo + hi) / 2 ? speed : -speed;
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
