import { blocked, type Field, type Line, lineAt, linesAcross, overlaps } from './arrowField';

/** What crossing a bar or a title costs a route, in the units of one bend. */
export const CROSS = 10;
/** Running along a roll-up bar reads as part of it; crossing one is nothing. */
const ROLLUP = 1;
/**
 * Lines near each end whose crossings count. In the middle of a long vertical any column
 * crosses what it must, so it is not worth counting there: a route's cost stays bounded
 * however far apart its ends are.
 */
export const NEAR_LINES = 24;

/** Lines from `from` toward `to`, at most NEAR_LINES of them (both ends when closer). */
export function nearLines(from: number, to: number): [number, number] {
  if (to >= from) return [from, Math.min(to, from + NEAR_LINES - 1) + 1];
  return [Math.max(to, from - NEAR_LINES + 1), from + 1];
}

/**
 * What runs of a route cross, for one route's candidates: per column, prefix sums of
 * blocked lines over the windows near the two ends, so trying a column at several
 * heights costs one pass over those lines.
 */
export class Crossings {
  private readonly windows: Array<[number, number]>;
  private readonly columns = new Map<number, Int32Array[]>();

  constructor(
    private readonly field: Field,
    s: number,
    t: number,
  ) {
    const n = field.lines.length;
    const lo = Math.min(s, t);
    const hi = Math.max(s, t);
    if (lo < 0) this.windows = [];
    else if (hi - lo <= 2 * NEAR_LINES) this.windows = [[Math.max(0, lo - 2), Math.min(n, hi + 3)]];
    else
      this.windows = [
        [Math.max(0, lo - 2), lo + NEAR_LINES],
        [hi - NEAR_LINES + 1, Math.min(n, hi + 3)],
      ];
  }

  /** A vertical run at `x` from `ya` to `yb`. */
  vertical(x: number, ya: number, yb: number): number {
    if (ya === yb || !this.windows.length) return 0;
    const [a, b] = linesAcross(this.field, ya, yb);
    if (a >= b) return 0;
    const column = this.column(x);
    let n = 0;
    this.windows.forEach(([lo, hi], i) => {
      const from = Math.max(a, lo);
      const to = Math.min(b, hi);
      const sums = column[i] as Int32Array;
      if (from < to) n += (sums[to - lo] as number) - (sums[from - lo] as number);
    });
    return n * CROSS;
  }

  /** A horizontal run at `y` from `xa` to `xb`. */
  horizontal(y: number, xa: number, xb: number): number {
    if (xa === xb) return 0;
    const i = lineAt(this.field, y);
    if (i >= 0) return overlaps((this.field.lines[i] as Line).spans, xa, xb) * CROSS;
    const above = this.field.lines[linesAcross(this.field, y, y)[0] - 1];
    return above && y - above.y1 < 8 ? overlaps(above.under, xa, xb) * ROLLUP : 0;
  }

  private column(x: number): Int32Array[] {
    let column = this.columns.get(x);
    if (!column) {
      column = this.windows.map(([lo, hi]) => {
        const sums = new Int32Array(hi - lo + 1);
        for (let l = lo; l < hi; l++)
          sums[l - lo + 1] = (sums[l - lo] as number) + (blocked((this.field.lines[l] as Line).spans, x) ? 1 : 0);
        return sums;
      });
      this.columns.set(x, column);
    }
    return column;
  }
}
