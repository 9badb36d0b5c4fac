/**
 * What dependency arrows steer around: every line (sub-row) of bars on the board, top to
 * bottom, with the stretches its bars and their beside-the-bar titles take, and the thin
 * roll-up bars in the gutter under it. Pure data plus the few queries the router needs,
 * each a binary search, so a route costs a handful of look-ups per line it crosses.
 */

/** A horizontal stretch of a line that something is drawn on: [x0, x1). */
export interface Span {
  x0: number;
  x1: number;
}

export interface Line {
  /** Top and bottom of the bars in this line. */
  y0: number;
  y1: number;
  /** Bars and their outside titles, sorted, disjoint. */
  spans: readonly Span[];
  /** Roll-up bars in the gutter just under this line, sorted, disjoint. */
  under: readonly Span[];
}

export interface Field {
  lines: readonly Line[];
}

export const EMPTY_FIELD: Field = { lines: [] };

/** Sorts and merges overlapping stretches (touching ones stay apart: a bar and its title have a gap). */
export function disjoint(spans: Span[]): Span[] {
  spans.sort((a, b) => a.x0 - b.x0);
  const out: Span[] = [];
  for (const s of spans) {
    const last = out.at(-1);
    if (last && s.x0 < last.x1) last.x1 = Math.max(last.x1, s.x1);
    else out.push({ x0: s.x0, x1: s.x1 });
  }
  return out;
}

/** Index of the first line whose bottom is below `y` (lines.length when none). */
function firstBelow(lines: readonly Line[], y: number): number {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((lines[mid] as Line).y1 <= y) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The line whose bars' band holds `y`, or -1 (in a gutter). */
export function lineAt(field: Field, y: number): number {
  const i = firstBelow(field.lines, y);
  const line = field.lines[i];
  return line && line.y0 <= y ? i : -1;
}

/** Index of the first line whose top is at or below `y` (lines.length when none). */
function firstFrom(lines: readonly Line[], y: number): number {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((lines[mid] as Line).y0 < y) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Lines [first, last) whose band a vertical from `ya` to `yb` passes through. */
export function linesAcross(field: Field, ya: number, yb: number): [number, number] {
  const first = firstBelow(field.lines, Math.min(ya, yb));
  return [first, Math.max(first, firstFrom(field.lines, Math.max(ya, yb)))];
}

/** Index of the first span that ends after `x`. */
function firstEndingAfter(spans: readonly Span[], x: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid] as Span).x1 <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether `x` is strictly inside one of the spans (an edge touched is not a crossing). */
export function blocked(spans: readonly Span[], x: number): boolean {
  const s = spans[firstEndingAfter(spans, x)];
  return s !== undefined && s.x0 < x;
}

/** How many spans a horizontal run from `xa` to `xb` goes through. */
export function overlaps(spans: readonly Span[], xa: number, xb: number): number {
  const from = Math.min(xa, xb);
  const to = Math.max(xa, xb);
  let n = 0;
  for (let i = firstEndingAfter(spans, from); i < spans.length && (spans[i] as Span).x0 < to; i++) n++;
  return n;
}

/** Scratch for bestColumn: the stretches near the column, widened by the margin (no garbage per call). */
let nearX0 = new Float64Array(256);
let nearX1 = new Float64Array(256);

function keepNear(n: number, x0: number, x1: number): void {
  if (n === nearX0.length) {
    const grow = (a: Float64Array) => {
      const b = new Float64Array(a.length * 2);
      b.set(a);
      return b;
    };
    nearX0 = grow(nearX0);
    nearX1 = grow(nearX1);
  }
  nearX0[n] = x0;
  nearX1[n] = x1;
}

/**
 * The column for a vertical through lines [first, last) near `x0`, going in `dir` at most
 * `limit` pixels: the one meeting the fewest spans (keeping `margin` clear of those it
 * misses), the nearest to `x0` among equals. Candidates are `x0` and the columns just
 * past each span's far side.
 */
export function bestColumn(
  field: Field,
  [first, last]: [number, number],
  x0: number,
  dir: 1 | -1,
  limit: number,
  margin = 4,
): { x: number; crossings: number } {
  const lo = Math.min(x0, x0 + dir * limit);
  const hi = Math.max(x0, x0 + dir * limit);
  let n = 0;
  for (let l = first; l < last; l++) {
    const spans = (field.lines[l] as Line).spans;
    for (let i = firstEndingAfter(spans, lo - margin); i < spans.length; i++) {
      const s = spans[i] as Span;
      if (s.x0 > hi + margin) break;
      keepNear(n++, s.x0 - margin, s.x1 + margin);
    }
  }
  // Stretches of one line are disjoint, so the ones holding x are those starting before x
  // less those already ended: two sorted lists answer that for each candidate.
  const starts = nearX0.slice(0, n).sort();
  const ends = nearX1.slice(0, n).sort();
  const crossingsAt = (x: number) => countBelow(starts, x, false) - countBelow(ends, x, true);
  let best = { x: x0, crossings: crossingsAt(x0) };
  if (best.crossings === 0) return best;
  for (let i = 0; i < n; i++) {
    const x = dir === 1 ? (nearX1[i] as number) : (nearX0[i] as number);
    if (x < lo || x > hi) continue;
    const distance = Math.abs(x - x0);
    const c = crossingsAt(x);
    if (c < best.crossings || (c === best.crossings && distance < Math.abs(best.x - x0))) best = { x, crossings: c };
  }
  return best;
}

/** How many of the sorted values are below `x` (or at most `x`, with `orEqual`). */
function countBelow(sorted: Float64Array, x: number, orEqual: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid] as number;
    if (v < x || (orEqual && v === x)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Where a horizontal run may go in the gutter between line `i - 1` and line `i` (0 and n: outside). */
export function channels(field: Field, i: number, pad = 5): number[] {
  const above = field.lines[i - 1];
  const below = field.lines[i];
  if (!above && !below) return [];
  if (!above) return [(below as Line).y0 - pad];
  if (!below) return [above.y1 + pad];
  const gap = below.y0 - above.y1;
  if (gap <= 2 * pad + 2) return [(above.y1 + below.y0) / 2];
  return [above.y1 + pad, below.y0 - pad];
}
