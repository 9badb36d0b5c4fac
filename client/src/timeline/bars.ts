import type { ItemKind } from '@planroom/shared';
import type { DayScale } from './timeScale';

/*
 * Bars on the time axis, as both views draw them: row pitch, bar height, where a bar of
 * some days sits at the current scale, and whether its title fits inside.
 */

export const ROW_HEIGHT = 32;
export const BAR_HEIGHT = 24;
export const LANE_PADDING = 8;
export const MILESTONE_SIZE = 16;
/** Bars narrower than this show their title beside them instead of inside. */
export const MIN_LABEL_INSIDE = 84;

/** What placing a bar needs of an item (day numbers; `end` inclusive). */
export interface BarSpan {
  start: number;
  end: number;
  kind: ItemKind;
}

export interface BarBox {
  x: number;
  width: number;
  row: number;
  labelOutside: boolean;
  /** Children shown under this bar in the same row (0: not a parent here). */
  children: number;
  collapsed: boolean;
}

/** A rough width of a title at the bar font size; only used to keep labels from colliding. */
export function labelWidth(title: string): number {
  return Math.min(240, Math.ceil(title.length * 6.6) + 4);
}

export function barBox(node: BarSpan, scale: DayScale): Pick<BarBox, 'x' | 'width' | 'labelOutside'> {
  if (node.kind === 'milestone') {
    return { x: scale.x(node.start) + scale.ppd / 2 - MILESTONE_SIZE / 2, width: MILESTONE_SIZE, labelOutside: true };
  }
  const x = scale.x(node.start);
  const width = Math.max(4, scale.x(node.end + 1) - x);
  return { x, width, labelOutside: width < MIN_LABEL_INSIDE };
}

export const rowTop = (row: number) => LANE_PADDING + row * ROW_HEIGHT;
