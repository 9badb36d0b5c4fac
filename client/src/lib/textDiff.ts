/** One contiguous replacement turning `prev` into `next`. */
export interface TextEdit {
  index: number;
  remove: number;
  insert: string;
}

/**
 * The smallest single edit between two strings (common prefix and suffix kept). Applying
 * only this to a Y.Text lets two people type in the same notes at once without one
 * overwriting the other.
 */
export function diffText(prev: string, next: string): TextEdit | null {
  if (prev === next) return null;
  let start = 0;
  const max = Math.min(prev.length, next.length);
  while (start < max && prev.charCodeAt(start) === next.charCodeAt(start)) start++;
  let endPrev = prev.length;
  let endNext = next.length;
  while (endPrev > start && endNext > start && prev.charCodeAt(endPrev - 1) === next.charCodeAt(endNext - 1)) {
    endPrev--;
    endNext--;
  }
  return { index: start, remove: endPrev - start, insert: next.slice(start, endNext) };
}

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
