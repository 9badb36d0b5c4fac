import { compareOrder, type ItemKind } from '@planroom/shared';
import { BAR_HEIGHT, type BarBox, barBox, LANE_PADDING, labelWidth, ROW_HEIGHT } from '../timeline/bars';
import { type Block, packBlocks, type Slot } from '../timeline/packing';
import type { DayScale } from '../timeline/timeScale';

/** Room for the lane's name, item count and tools in the title column. */
export const MIN_LANE_HEIGHT = 60;
/** Room left of a parent's bar for its collapse caret. */
export const CARET_ROOM = 20;
const LABEL_GAP = 6;
const PACK_GAP = 6;

/** What laying out a row needs of an item (day numbers; `end` inclusive). */
export interface LayoutNode {
  id: string;
  start: number;
  end: number;
  kind: ItemKind;
  order: string;
  parentId: string | null;
  /** Narrow bars and milestones show their title beside them, which takes room. */
  title: string;
}

export interface RowLayout {
  boxes: Map<string, BarBox>;
  rowCount: number;
  height: number;
  /** Items hidden inside a collapsed parent, with that parent. */
  hidden: Map<string, string>;
  /**
   * Where each block sat (by parent and id; spans in pixels from day 0, so a wider board
   * range does not count as a change), and at which zoom: the next layout of this row
   * keeps its bars in these rows.
   */
  slots: ReadonlyMap<string, Slot>;
  ppd: number;
}

const byStart = (a: LayoutNode, b: LayoutNode) => a.start - b.start || compareOrder(a, b);

interface Placed extends Block {
  place: Array<[string, number]>;
}

const slotKey = (parent: string, id: string) => `${parent}>${id}`;

/**
 * Where each bar of a row goes. Children whose parent is in the same row sit under it:
 * a parent and its (visible) descendants form a block, and blocks pack like bars do,
 * so unrelated bars still share rows. A collapsed parent is a one-row block and its
 * descendants are listed in `hidden`.
 *
 * Given the row's previous layout at the same zoom, bars that did not move keep their
 * sub-rows (see packBlocks): moving, adding or removing one bar never shuffles the
 * others. A new zoom packs afresh (labels beside narrow bars change what overlaps).
 */
export function layoutRow(
  nodes: readonly LayoutNode[],
  scale: DayScale,
  collapsed: ReadonlySet<string>,
  prev?: RowLayout,
): RowLayout {
  const origin = scale.fromDay * scale.ppd;
  const memory = prev?.ppd === scale.ppd ? prev.slots : undefined;
  const slots = new Map<string, Slot>();
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const kids = new Map<string, LayoutNode[]>();
  const roots: LayoutNode[] = [];
  for (const node of [...nodes].sort(byStart)) {
    const parent = node.parentId;
    if (parent && parent !== node.id && byId.has(parent)) kids.set(parent, [...(kids.get(parent) ?? []), node]);
    else roots.push(node);
  }
  const boxes = new Map<string, BarBox>();
  const hidden = new Map<string, string>();
  const visited = new Set<string>();

  const hide = (id: string, under: string) => {
    for (const kid of kids.get(id) ?? []) {
      if (visited.has(kid.id)) continue;
      visited.add(kid.id);
      hidden.set(kid.id, under);
      hide(kid.id, under);
    }
  };

  const block = (node: LayoutNode): Placed => {
    visited.add(node.id);
    const own = barBox(node, scale);
    const children = (kids.get(node.id) ?? []).filter((k) => !visited.has(k.id));
    const isCollapsed = children.length > 0 && collapsed.has(node.id);
    boxes.set(node.id, { ...own, row: 0, children: children.length, collapsed: isCollapsed });
    const from = own.x - (children.length ? CARET_ROOM : 0);
    const to = own.x + own.width + (own.labelOutside ? LABEL_GAP + labelWidth(node.title) : 0);
    if (!children.length) return { id: node.id, from, to, height: 1, place: [[node.id, 0]] };
    if (isCollapsed) {
      hide(node.id, node.id);
      return { id: node.id, from, to, height: 1, place: [[node.id, 0]] };
    }
    const sub = pack(children.map(block), node.id);
    return {
      id: node.id,
      from: Math.min(from, sub.from),
      to: Math.max(to, sub.to),
      height: 1 + sub.height,
      place: [[node.id, 0], ...sub.place.map(([id, row]): [string, number] => [id, row + 1])],
    };
  };

  const pack = (blocks: Placed[], parent: string): Placed => {
    const remembered = (id: string) => {
      const slot = memory?.get(slotKey(parent, id));
      return slot && { ...slot, from: slot.from - origin, to: slot.to - origin };
    };
    const { rowOf, rowCount } = packBlocks(blocks, PACK_GAP, memory && remembered);
    const place: Array<[string, number]> = [];
    for (const b of blocks) {
      const top = rowOf.get(b.id) ?? 0;
      slots.set(slotKey(parent, b.id), {
        id: b.id,
        from: b.from + origin,
        to: b.to + origin,
        height: b.height,
        row: top,
      });
      for (const [id, row] of b.place) place.push([id, row + top]);
    }
    return {
      id: '',
      from: Math.min(...blocks.map((b) => b.from)),
      to: Math.max(...blocks.map((b) => b.to)),
      height: rowCount,
      place,
    };
  };

  const blocks = roots.map(block);
  // A parent loop (from two offline edits) leaves items no root reaches: they stand alone.
  for (const node of nodes) if (!visited.has(node.id)) blocks.push(block(node));
  const top = blocks.length ? pack(blocks, '') : { height: 0, place: [] };
  for (const [id, row] of top.place) {
    const box = boxes.get(id);
    if (box) box.row = row;
  }
  const rowCount = Math.max(1, top.height);
  const height = Math.max(MIN_LANE_HEIGHT, rowCount * ROW_HEIGHT + LANE_PADDING * 2 - (ROW_HEIGHT - BAR_HEIGHT));
  return { boxes, rowCount, height, hidden, slots, ppd: scale.ppd };
}

/** Two layouts that draw the same (so a row whose items did not move can skip rendering). */
export function sameLayout(a: RowLayout, b: RowLayout): boolean {
  if (a.height !== b.height || a.boxes.size !== b.boxes.size || a.hidden.size !== b.hidden.size) return false;
  for (const [id, box] of a.boxes) {
    const other = b.boxes.get(id);
    if (
      !other ||
      other.x !== box.x ||
      other.width !== box.width ||
      other.row !== box.row ||
      other.labelOutside !== box.labelOutside ||
      other.children !== box.children ||
      other.collapsed !== box.collapsed
    )
      return false;
  }
  for (const [id, under] of a.hidden) if (b.hidden.get(id) !== under) return false;
  return true;
}
