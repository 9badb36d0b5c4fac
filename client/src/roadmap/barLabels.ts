import { CARET_ROOM } from './rowLayout';

/**
 * Where a bar's title goes. Inside when it fits; beside the bar (right of its end, in the
 * free space) when it does not and there is room before the next bar in its line, as Gantt
 * tools do; cut short inside only when there is neither. Widths follow timeline.css.
 */

/** Border, padding, status icon and gap of a bar with its title inside. */
const INSIDE_CHROME = 2 + 16 + 14 + 6;
/** The owner's avatar and its gaps, inside a bar. */
const INSIDE_OWNER = 6 + 2 + 18;
/** Padding and status icon of a title beside its bar. */
const BESIDE_CHROME = 8 + 12 + 5;
const BESIDE_OWNER = 5 + 16;
/** A title beside a bar is cut at this width (max-width in timeline.css). */
const BESIDE_MAX = 240;
/** Gap between a bar and its title beside it: wider for editors, whose connector dot sits there. */
export const BESIDE_GAP = { view: 6, edit: 18 };
/** Kept clear between a title beside its bar and the next bar. */
const CLEARANCE = 6;

/** What a bar's title needs. */
export interface TitleNeed {
  /** Width of the title text alone. */
  text: number;
  owner: boolean;
}

/** Width a bar needs to show its whole title inside. */
export function insideWidth(need: TitleNeed): number {
  return INSIDE_CHROME + need.text + (need.owner ? INSIDE_OWNER : 0);
}

/** Width of the title when drawn beside the bar (without the gap before it). */
export function besideWidth(need: TitleNeed): number {
  return Math.min(BESIDE_MAX, BESIDE_CHROME + need.text + (need.owner ? BESIDE_OWNER : 0));
}

/**
 * Whether the title goes beside the bar: always when the layout reserved room for it
 * there (`outside`: narrow bars, milestones); otherwise when it does not fit inside and
 * the free `room` after the bar holds it.
 */
export function titleBeside(width: number, outside: boolean, need: TitleNeed, room: number, gap: number): boolean {
  if (outside) return true;
  if (insideWidth(need) <= width) return false;
  return gap + besideWidth(need) + CLEARANCE <= room;
}

/**
 * How wide a title beside its bar may be drawn: up to the next bar (less the clearance),
 * so a title the layout made room for by estimate is cut short, not hidden under a bar.
 */
export function besideRoom(need: TitleNeed, room: number, gap: number): number {
  return Math.min(besideWidth(need), Math.max(24, room - gap - CLEARANCE));
}

interface LineBox {
  x: number;
  width: number;
  row: number;
  children: number;
}

/**
 * Free pixels right of each bar before the next thing in its line (the next bar, or that
 * bar's collapse caret), or before `trackEnd` for the last one.
 */
export function roomAfter(boxes: ReadonlyMap<string, LineBox>, trackEnd: number): Map<string, number> {
  const lines = new Map<number, Array<[string, LineBox]>>();
  for (const entry of boxes) {
    const line = lines.get(entry[1].row);
    if (line) line.push(entry);
    else lines.set(entry[1].row, [entry]);
  }
  const out = new Map<string, number>();
  for (const line of lines.values()) {
    line.sort((a, b) => a[1].x - b[1].x);
    line.forEach(([id, box], i) => {
      const next = line[i + 1]?.[1];
      const limit = next ? next.x - (next.children ? CARET_ROOM : 0) : trackEnd;
      out.set(id, Math.max(0, limit - (box.x + box.width)));
    });
  }
  return out;
}

const rooms = new WeakMap<object, { trackEnd: number; room: Map<string, number> }>();

/** `roomAfter`, once per layout (a row's boxes map is replaced whenever a box changes). */
export function roomsOf(boxes: ReadonlyMap<string, LineBox>, trackEnd: number): Map<string, number> {
  const known = rooms.get(boxes);
  if (known?.trackEnd === trackEnd) return known.room;
  const room = roomAfter(boxes, trackEnd);
  rooms.set(boxes, { trackEnd, room });
  return room;
}
