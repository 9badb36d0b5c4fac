import type { ItemSpan } from './boardStore';
import { packRows } from './packing';
import type { DayScale } from './timeScale';

export const ROW_HEIGHT = 32;
export const BAR_HEIGHT = 24;
export const LANE_PADDING = 8;
export const MILESTONE_SIZE = 16;
/** Room for the lane's name, item count and tools in the title column. */
export const MIN_LANE_HEIGHT = 60;
/** Bars narrower than this show their title beside them instead of inside. */
export const MIN_LABEL_INSIDE = 84;
const LABEL_GAP = 6;
const PACK_GAP = 6;

export interface BarBox {
  x: number;
  width: number;
  row: number;
  labelOutside: boolean;
}

export interface LaneLayout {
  boxes: Map<string, BarBox>;
  rowCount: number;
  height: number;
}

/** A rough width of a title at the bar font size; only used to keep labels from colliding. */
export function labelWidth(title: string): number {
  return Math.min(240, Math.ceil(title.length * 6.6) + 4);
}

/** Where each bar of a lane goes: its pixel box and sub-row. */
export function layoutLane(spans: readonly ItemSpan[], scale: DayScale): LaneLayout {
  const boxes = new Map<string, BarBox>();
  const packed = spans.map((span) => {
    let x: number;
    let width: number;
    let labelOutside: boolean;
    if (span.kind === 'milestone') {
      x = scale.x(span.start) + scale.ppd / 2 - MILESTONE_SIZE / 2;
      width = MILESTONE_SIZE;
      labelOutside = true;
    } else {
      x = scale.x(span.start);
      width = Math.max(4, scale.x(span.end + 1) - x);
      labelOutside = width < MIN_LABEL_INSIDE;
    }
    boxes.set(span.id, { x, width, row: 0, labelOutside });
    const to = x + width + (labelOutside ? LABEL_GAP + labelWidth(span.title) : 0);
    return { id: span.id, from: x, to };
  });
  const { rowOf, rowCount } = packRows(packed, PACK_GAP);
  for (const [id, box] of boxes) box.row = rowOf.get(id) ?? 0;
  const rows = Math.max(1, rowCount);
  const height = Math.max(MIN_LANE_HEIGHT, rows * ROW_HEIGHT + LANE_PADDING * 2 - (ROW_HEIGHT - BAR_HEIGHT));
  return { boxes, rowCount: rows, height };
}

export const rowTop = (row: number) => LANE_PADDING + row * ROW_HEIGHT;
