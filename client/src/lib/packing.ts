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

export interface Packing {
  /** Sub-row of each span, 0 at the top. */
  rowOf: Map<string, number>;
  rowCount: number;
}

/**
 * Greedy interval partitioning: spans sorted by start (ties by input order) each take the
 * lowest row whose last span ends at least `gap` before they begin. Processing by start
 * makes the row count minimal for intervals; taking the lowest free row keeps the layout
 * compact and stable when one span changes.
 */
export function packRows(spans: readonly Span[], gap = 0): Packing {
  const order = spans.map((span, index) => ({ span, index }));
  order.sort((a, b) => a.span.from - b.span.from || a.index - b.index);
  const rowEnds: number[] = [];
  const rowOf = new Map<string, number>();
  for (const { span } of order) {
    let row = rowEnds.findIndex((end) => end + gap <= span.from);
    if (row < 0) row = rowEnds.length;
    rowEnds[row] = Math.max(span.to, span.from);
    rowOf.set(span.id, row);
  }
  return { rowOf, rowCount: rowEnds.length };
}
