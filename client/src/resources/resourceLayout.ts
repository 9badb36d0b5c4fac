import type { ItemKind } from '@planroom/shared';
import { BAR_HEIGHT, barBox, labelWidth, ROW_HEIGHT } from '../timeline/bars';
import { packRows } from '../timeline/packing';
import type { DayScale } from '../timeline/timeScale';

/** Heights of the resource view's rows (pixels). */
export const RES = {
  padding: 8,
  strip: 18,
  stripGap: 6,
  /** Room for name and capacity, role, and a warning in the title column. */
  minRow: 68,
  team: 64,
  unstaffed: 52,
} as const;

const PACK_GAP = 6;
const LABEL_GAP = 6;

/** One assignment's bar: its item's days and what the bar says. */
export interface AssignmentSpan {
  id: string;
  start: number;
  end: number;
  kind: ItemKind;
  label: string;
}

export interface ResourceBox {
  x: number;
  width: number;
  row: number;
  labelOutside: boolean;
}

export interface ResourceRowLayout {
  boxes: Map<string, ResourceBox>;
  rowCount: number;
  height: number;
  /** Top of the weekly load strip under the bars. */
  stripTop: number;
}

export const barTop = (row: number) => RES.padding + row * ROW_HEIGHT;

/**
 * Bars of one person (or one unstaffed role): placed by the time scale, stacked into
 * sub-rows with the roadmap's packing so none overlap (a narrow bar's label beside it
 * counts), and the load strip below them.
 */
export function layoutAssignments(spans: readonly AssignmentSpan[], scale: DayScale): ResourceRowLayout {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : 1));
  const boxes = new Map<string, ResourceBox>();
  const packed = sorted.map((s) => {
    const box = barBox(s, scale);
    boxes.set(s.id, { ...box, row: 0 });
    return { id: s.id, from: box.x, to: box.x + box.width + (box.labelOutside ? LABEL_GAP + labelWidth(s.label) : 0) };
  });
  const { rowOf, rowCount } = packRows(packed, PACK_GAP);
  for (const [id, row] of rowOf) {
    const box = boxes.get(id);
    if (box) box.row = row;
  }
  const rows = Math.max(1, rowCount);
  const stripTop = barTop(rows - 1) + BAR_HEIGHT + RES.stripGap;
  const height = Math.max(RES.minRow, stripTop + RES.strip + RES.padding);
  return { boxes, rowCount: rows, height, stripTop: height - RES.padding - RES.strip };
}

/** Two layouts that draw the same (so a row whose bars did not move can skip rendering). */
export function sameRowLayout(a: ResourceRowLayout, b: ResourceRowLayout): boolean {
  if (a.height !== b.height || a.boxes.size !== b.boxes.size) return false;
  for (const [id, box] of a.boxes) {
    const o = b.boxes.get(id);
    if (!o || o.x !== box.x || o.width !== box.width || o.row !== box.row || o.labelOutside !== box.labelOutside)
      return false;
  }
  return true;
}
