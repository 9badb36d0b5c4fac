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

export interface Packing {
  /** Sub-row of each span (of a block: its top row), 0 at the top. */
  rowOf: Map<string, number>;
  rowCount: number;
}

/**
 * Greedy interval partitioning, generalised to blocks several rows tall: blocks sorted by
 * start (ties by input order) each take the lowest row from which all the rows they need
 * end at least `gap` before they begin. For one-row spans this is the classic algorithm,
 * whose row count is minimal; taking the lowest free row keeps the layout compact and
 * stable when one span changes.
 */
export function packBlocks(blocks: readonly Block[], gap = 0): Packing {
  const order = blocks.map((block, index) => ({ block, index }));
  order.sort((a, b) => a.block.from - b.block.from || a.index - b.index);
  const rowEnds: number[] = [];
  const rowOf = new Map<string, number>();
  const fits = (row: number, block: Block) => {
    for (let k = row; k < row + block.height; k++) {
      const end = rowEnds[k];
      if (end !== undefined && end + gap > block.from) return false;
    }
    return true;
  };
  for (const { block } of order) {
    let row = 0;
    while (!fits(row, block)) row++;
    for (let k = row; k < row + block.height; k++) rowEnds[k] = Math.max(rowEnds[k] ?? block.to, block.to, block.from);
    rowOf.set(block.id, row);
  }
  return { rowOf, rowCount: rowEnds.length };
}

/** One-row spans: see packBlocks. */
export function packRows(spans: readonly Span[], gap = 0): Packing {
  return packBlocks(
    spans.map((s) => ({ ...s, height: 1 })),
    gap,
  );
}
