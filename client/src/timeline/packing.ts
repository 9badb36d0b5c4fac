/**
 * Stacking of overlapping bars into sub-rows of a lane. Pure, so it can move to
 * `@planroom/shared` if another view (print, PNG export) needs the same layout.
 */
export interface Span {
  id: string;
  /** Left edge, inclusive (pixels or days: any unit, as long as all spans agree). */
  from: number;
  /** Right edge, exclusive. */
  to: number;
}

/** A span that needs `height` consecutive sub-rows (a parent with its children below it). */
export interface Block extends Span {
  height: number;
}

/** Where a block sat in an earlier packing, and what it covered then. */
export interface Slot extends Block {
  row: number;
}

export interface Packing {
  /** Sub-row of each span (of a block: its top row), 0 at the top. */
  rowOf: Map<string, number>;
  rowCount: number;
}

/** Blocks covering sub-rows; answers whether a block fits from a given row down. */
class Rows {
  private readonly spans: Span[][] = [];
  /** Rightmost end in each row: a block starting past it (plus the gap) fits without looking further. */
  private readonly ends: number[] = [];

  constructor(private readonly gap: number) {}

  get count(): number {
    return this.spans.length;
  }

  isEmpty(row: number): boolean {
    return !this.spans[row]?.length;
  }

  fits(row: number, block: Block): boolean {
    for (let k = row; k < row + block.height; k++) {
      const end = this.ends[k];
      if (end === undefined || end + this.gap <= block.from) continue;
      // newest first: packed by start, the last span added is the one that collides
      const spans = this.spans[k] ?? [];
      for (let i = spans.length - 1; i >= 0; i--) {
        const s = spans[i] as Span;
        if (s.from < block.to + this.gap && block.from < Math.max(s.to, s.from) + this.gap) return false;
      }
    }
    return true;
  }

  lowestFit(block: Block): number {
    let row = 0;
    while (!this.fits(row, block)) row++;
    return row;
  }

  add(row: number, block: Block): void {
    for (let k = row; k < row + block.height; k++) {
      const spans = this.spans[k] ?? [];
      spans.push(block);
      this.spans[k] = spans;
      this.ends[k] = Math.max(this.ends[k] ?? block.to, block.to, block.from);
    }
  }
}

const sameSpan = (a: Block, b: Block) =>
  a.height === b.height && Math.abs(a.from - b.from) < 0.01 && Math.abs(a.to - b.to) < 0.01;

/**
 * Greedy interval partitioning, generalised to blocks several rows tall: blocks sorted by
 * start (ties by input order) each take the lowest row from which all the rows they need
 * are free (with `gap` between neighbours). For one-row spans this is the classic
 * algorithm, whose row count is minimal.
 *
 * Given the previous packing (`prev`, by block id), it is stable instead: blocks that did
 * not change keep their rows, so one bar moving never shuffles its neighbours; changed and
 * new blocks then take their old row if it is still free, else the lowest row with room.
 * Rows left empty close up (the rows below keep their order).
 */
export function packBlocks(blocks: readonly Block[], gap = 0, prev?: (id: string) => Slot | undefined): Packing {
  const order = blocks.map((block, index) => ({ block, index, slot: prev?.(block.id) }));
  order.sort((a, b) => a.block.from - b.block.from || a.index - b.index);
  const kept = order.filter((o) => o.slot && sameSpan(o.slot, o.block));
  // by row, and by start within a row (the sort is stable), so most checks take the quick path
  kept.sort((a, b) => (a.slot?.row ?? 0) - (b.slot?.row ?? 0));
  const keptSet = new Set(kept);
  const rows = new Rows(gap);
  const top = new Map<string, number>();
  for (const entry of [...kept, ...order.filter((o) => !keptSet.has(o))]) {
    const { block, slot } = entry;
    const row = slot && rows.fits(slot.row, block) ? slot.row : rows.lowestFit(block);
    rows.add(row, block);
    top.set(block.id, row);
  }
  // close up rows nobody uses any more (a bar moved away, or was deleted or filtered out)
  const shift: number[] = [];
  let empty = 0;
  for (let k = 0; k < rows.count; k++) {
    shift.push(empty);
    if (rows.isEmpty(k)) empty++;
  }
  const rowOf = new Map<string, number>();
  for (const [id, row] of top) rowOf.set(id, row - (shift[row] ?? 0));
  return { rowOf, rowCount: rows.count - empty };
}

/** One-row spans: see packBlocks. */
export function packRows(spans: readonly Span[], gap = 0): Packing {
  return packBlocks(
    spans.map((s) => ({ ...s, height: 1 })),
    gap,
  );
}
