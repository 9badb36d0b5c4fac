/**
 * Caret bookkeeping for a textarea bound to a Y.Text: when someone else's edit arrives,
 * the caret moves with the text around it.
 */
export type Delta = Array<{ insert?: unknown; retain?: number; delete?: number }>;

/** Where a caret at `index` ends up after someone else's change (a Y.Text delta). */
export function transformIndex(index: number, delta: Delta): number {
  let oldPos = 0; // position in the text before the change
  let out = index;
  for (const op of delta) {
    if (oldPos >= index) break;
    if (op.retain) oldPos += op.retain;
    else if (typeof op.insert === 'string') out += op.insert.length;
    else if (op.delete) {
      out -= Math.min(op.delete, index - oldPos);
      oldPos += op.delete;
    }
  }
  return Math.max(0, out);
}
