import { BAR_HEIGHT, type BarBox, rowTop } from './bars';

/**
 * Geometry across rows: which rows are in view (vertical virtualisation), which bars a
 * rubber band touches, and where the arrow keys go from a bar.
 */

/** Where each row starts, plus the total height at the end (length n + 1). */
export function rowOffsets(heights: readonly number[]): number[] {
  const out = [0];
  for (const h of heights) out.push((out.at(-1) as number) + h);
  return out;
}

/** The rows [first, last) that intersect the band [y0, y1) of the body. */
export function rowRange(offsets: readonly number[], y0: number, y1: number): [number, number] {
  const n = offsets.length - 1;
  // first row whose bottom is below y0
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((offsets[mid + 1] as number) <= y0) lo = mid + 1;
    else hi = mid;
  }
  let last = lo;
  while (last < n && (offsets[last] as number) < y1) last++;
  return [lo, last];
}

/**
 * The rows to render as runs of consecutive indices [from, to): the rows in view plus
 * pinned ones elsewhere (the rows a dragged bar came from, so it stays on screen while the
 * board scrolls away from its row). Spacers fill the gaps between runs.
 */
export function rowRuns(first: number, last: number, pinned: Iterable<number>): Array<[number, number]> {
  const rows = new Set<number>();
  for (let i = first; i < last; i++) rows.add(i);
  for (const i of pinned) if (i >= 0) rows.add(i);
  const runs: Array<[number, number]> = [];
  for (const i of [...rows].sort((a, b) => a - b)) {
    const run = runs.at(-1);
    if (run && run[1] === i) run[1] = i + 1;
    else runs.push([i, i + 1]);
  }
  return runs;
}

export interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export function normalizeRect(a: { x: number; y: number }, b: { x: number; y: number }): Rect {
  return { x0: Math.min(a.x, b.x), y0: Math.min(a.y, b.y), x1: Math.max(a.x, b.x), y1: Math.max(a.y, b.y) };
}

export interface PlacedRow {
  top: number;
  boxes: ReadonlyMap<string, BarBox>;
}

/** Ids of the bars a rectangle (in track coordinates) touches, in row order. */
export function idsInRect(rows: readonly PlacedRow[], rect: Rect): string[] {
  const out: string[] = [];
  for (const row of rows) {
    for (const [id, box] of row.boxes) {
      const y = row.top + rowTop(box.row);
      if (box.x <= rect.x1 && box.x + box.width >= rect.x0 && y <= rect.y1 && y + BAR_HEIGHT >= rect.y0) {
        if (!out.includes(id)) out.push(id);
      }
    }
  }
  return out;
}

export interface NavBox {
  id: string;
  x: number;
  width: number;
}

/** Each sub-row of each row, top to bottom, its bars left to right. */
export function navLines(rows: readonly PlacedRow[]): NavBox[][] {
  const lines: NavBox[][] = [];
  for (const row of rows) {
    const sub: NavBox[][] = [];
    for (const [id, box] of row.boxes) {
      let line = sub[box.row];
      if (!line) {
        line = [];
        sub[box.row] = line;
      }
      line.push({ id, x: box.x, width: box.width });
    }
    for (const line of sub) if (line) lines.push(line.sort((a, b) => a.x - b.x));
  }
  return lines;
}

export type Direction = 'left' | 'right' | 'up' | 'down';

/**
 * The bar the arrow keys go to from `id`: the previous or next bar in its line, or the
 * bar nearest to it horizontally in the nearest line above or below that has any.
 */
export function neighbour(lines: readonly NavBox[][], id: string, dir: Direction): string | null {
  const at = lines.findIndex((line) => line.some((b) => b.id === id));
  if (at < 0) return null;
  const line = lines[at] as NavBox[];
  const i = line.findIndex((b) => b.id === id);
  const box = line[i] as NavBox;
  if (dir === 'left') return line[i - 1]?.id ?? null;
  if (dir === 'right') return line[i + 1]?.id ?? null;
  const step = dir === 'up' ? -1 : 1;
  const centre = box.x + box.width / 2;
  for (let l = at + step; l >= 0 && l < lines.length; l += step) {
    const candidates = lines[l] as NavBox[];
    let best: NavBox | null = null;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const b of candidates) {
      const gap = Math.max(0, b.x - (box.x + box.width), box.x - (b.x + b.width));
      // overlapping bars first, then the one whose middle is nearest
      const distance = gap * 1e6 + Math.abs(b.x + b.width / 2 - centre);
      if (distance < bestDistance) {
        best = b;
        bestDistance = distance;
      }
    }
    if (best) return best.id;
  }
  return null;
}
