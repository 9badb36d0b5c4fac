import type { DepType } from '@planroom/shared';
import {
  bestColumn,
  blocked,
  channels,
  EMPTY_FIELD,
  type Field,
  type Line,
  lineAt,
  linesAcross,
  overlaps,
} from './arrowField';

/** Orthogonal ("elbow") routing of dependency arrows between bar edges. Pure geometry. */
export interface Point {
  x: number;
  y: number;
}

/** Which edge of a bar an arrow leaves or enters. */
export type Side = 'start' | 'end';

export interface Anchor extends Point {
  side: Side;
}

/** FS leaves the predecessor's end and enters the successor's start, and so on. */
export function depSides(type: DepType): [Side, Side] {
  return [type[0] === 'F' ? 'end' : 'start', type[1] === 'S' ? 'start' : 'end'];
}

const STUB = 12;
/** Shortest run out of a bar before turning (a title beside the bar starts 6 px after it). */
const MIN_OUT = 4;
/** Shortest straight run into a bar: the arrowhead is 6 px long. */
const MIN_IN = 9;
/** Without a field (nothing known about other bars): how far below a row a backward link runs back. */
const ROW_DETOUR = 16;
/** How far sideways a vertical may move to find a column free of bars. */
const SEARCH = 160;
/** Verticals crossing more lines than this do not look for a free column (they cross what they must). */
const SEARCH_LINES = 48;
/** Gutters between the two ends tried as the horizontal run, when there are at most this many. */
const GUTTERS = 8;
const CROSS = 10;
const ROLLUP = 3;
const BEND = 1;
/** A run out of or into a bar shorter than the stub looks cramped: only worth it to miss something. */
const CRAMPED = 0.5;
const PER_PX = 1 / 400;

function tidy(points: Point[]): Point[] {
  const out: Point[] = [];
  for (const { x, y } of points) {
    const p = { x, y };
    const last = out.at(-1);
    if (last && last.x === p.x && last.y === p.y) continue;
    const before = out.at(-2);
    // drop the middle of three points on one line
    if (last && before && ((before.x === last.x && last.x === p.x) || (before.y === last.y && last.y === p.y)))
      out.pop();
    out.push(p);
  }
  return out;
}

export interface RouteOptions {
  /** The bars to steer around; without it a route knows only its two ends. */
  field?: Field;
  /** The left edge of the time area: no point of a route lies left of it. */
  minX?: number;
}

/**
 * The route from one anchor to another, orthogonal, the way Gantt tools draw links: out
 * of the predecessor's side, along a vertical in the gap beside it (or beside the
 * successor), into the successor's side with the head; when a single vertical cannot do
 * it (a backward link, bars in the way), the horizontal run goes along a gutter between
 * lines of bars. Of a few such candidates it takes the one crossing the fewest bars and
 * titles, then with the fewest bends, then the shortest.
 */
export function routeArrow(from: Anchor, to: Anchor, options: RouteOptions = {}): Point[] {
  const field = options.field ?? EMPTY_FIELD;
  const minX = options.minX ?? Number.NEGATIVE_INFINITY;
  const out = from.side === 'end' ? 1 : -1;
  const inward = to.side === 'start' ? 1 : -1;
  const cost = new RouteCost(field, from.y, to.y);
  const s = lineAt(field, from.y);
  const t = lineAt(field, to.y);
  const span = linesAcross(field, from.y, to.y);
  const searchable = span[1] - span[0] <= SEARCH_LINES;
  const free = (lines: [number, number], x: number, dir: 1 | -1) => bestColumn(field, lines, x, dir, SEARCH).x;
  const clampX = (x: number | null) => (x === null ? null : Math.max(minX, x));

  // Columns beside the predecessor's side and beside the successor's side.
  const exits = unique([
    from.x + out * STUB,
    from.x + out * MIN_OUT,
    s >= 0 ? free([s, s + 1], from.x + out * MIN_OUT, out) : null,
    searchable ? free(span, from.x + out * STUB, out) : null,
  ]).map(clampX);
  const entries = unique([
    to.x - inward * STUB,
    t >= 0 ? free([t, t + 1], to.x - inward * MIN_IN, -inward as 1 | -1) : null,
    searchable ? free(span, to.x - inward * STUB, -inward as 1 | -1) : null,
  ]).map(clampX);

  let best: Point[] = [];
  let bestCost = Number.POSITIVE_INFINITY;
  const consider = (points: Point[]) => {
    const route = tidy(points);
    const c = cost.of(route);
    if (c < bestCost) {
      best = route;
      bestCost = c;
    }
  };

  // One vertical, where it can stand on the outward side of both ends.
  const fits = (v: number) => (v - from.x) * out >= MIN_OUT && (to.x - v) * inward >= MIN_IN;
  for (const v of unique([...exits, ...entries])) {
    if (v !== null && fits(v)) consider([from, { x: v, y: from.y }, { x: v, y: to.y }, to]);
  }
  // Two verticals joined along a gutter.
  for (const y of gutters(field, s, t, from.y, to.y)) {
    for (const xa of exits) {
      for (const xb of entries) {
        if (xa === null || xb === null) continue;
        consider([from, { x: xa, y: from.y }, { x: xa, y }, { x: xb, y }, { x: xb, y: to.y }, to]);
      }
    }
  }
  return best;
}

function unique(xs: ReadonlyArray<number | null>): Array<number | null> {
  return xs.filter((x, i) => x !== null && xs.indexOf(x) === i);
}

/** Heights of the horizontal runs worth trying: the gutters next to either end, and those between. */
function gutters(field: Field, s: number, t: number, fromY: number, toY: number): number[] {
  if (s < 0 || t < 0) return [Math.abs(fromY - toY) < 1 ? fromY + ROW_DETOUR : (fromY + toY) / 2];
  const gaps = new Set([s, s + 1, t, t + 1]);
  const [lo, hi] = [Math.min(s, t), Math.max(s, t)];
  if (hi - lo <= GUTTERS) for (let g = lo + 1; g <= hi; g++) gaps.add(g);
  return [...gaps].flatMap((g) => channels(field, g));
}

/** What a candidate route costs: bars and titles crossed, roll-ups run along, bends, length. */
class RouteCost {
  private readonly first: number;
  private readonly last: number;
  /** Per column: how many of the lines [first, i) a vertical there would cross. */
  private readonly columns = new Map<number, Int32Array>();

  constructor(
    private readonly field: Field,
    ya: number,
    yb: number,
  ) {
    const [first, last] = linesAcross(field, ya, yb);
    this.first = Math.max(0, first - 2);
    this.last = Math.min(field.lines.length, last + 2);
  }

  of(route: readonly Point[]): number {
    let c = Math.max(0, route.length - 2) * BEND;
    const run = (a: Point | undefined, b: Point | undefined) => (a && b ? Math.abs(a.x - b.x) : 0);
    if (route.length > 2 && run(route[0], route[1]) < STUB) c += CRAMPED;
    if (route.length > 2 && run(route.at(-2), route.at(-1)) < STUB) c += CRAMPED;
    let length = 0;
    for (let i = 1; i < route.length; i++) {
      const p = route[i - 1] as Point;
      const q = route[i] as Point;
      length += Math.abs(q.x - p.x) + Math.abs(q.y - p.y);
      c += p.x === q.x ? this.vertical(p.x, p.y, q.y) : this.horizontal(p.y, p.x, q.x);
    }
    // summed first, so equal lengths cost exactly the same whatever the order of the runs
    return c + length * PER_PX;
  }

  private vertical(x: number, ya: number, yb: number): number {
    const [a, b] = linesAcross(this.field, ya, yb);
    if (a >= b) return 0;
    if (a < this.first || b > this.last) {
      let n = 0;
      for (let l = a; l < b; l++) if (blocked((this.field.lines[l] as Line).spans, x)) n++;
      return n * CROSS;
    }
    let column = this.columns.get(x);
    if (!column) {
      column = new Int32Array(this.last - this.first + 1);
      for (let l = this.first; l < this.last; l++) {
        const hit = blocked((this.field.lines[l] as Line).spans, x) ? 1 : 0;
        column[l - this.first + 1] = (column[l - this.first] as number) + hit;
      }
      this.columns.set(x, column);
    }
    return ((column[b - this.first] as number) - (column[a - this.first] as number)) * CROSS;
  }

  private horizontal(y: number, xa: number, xb: number): number {
    const i = lineAt(this.field, y);
    if (i >= 0) return overlaps((this.field.lines[i] as Line).spans, xa, xb) * CROSS;
    // in a gutter: running along a roll-up bar just under a line reads as part of it
    const above = this.field.lines[linesAcross(this.field, y, y)[0] - 1];
    return above && y - above.y1 < 8 ? overlaps(above.under, xa, xb) * ROLLUP : 0;
  }
}

const round = (n: number) => Math.round(n * 10) / 10;

export function pathOf(points: readonly Point[]): string {
  return points.map((p, i) => `${i ? 'L' : 'M'}${round(p.x)} ${round(p.y)}`).join(' ');
}

/** A small filled triangle whose tip is the route's last point, pointing along it. */
export function arrowHead(points: readonly Point[], size = 6): string {
  const tip = points.at(-1);
  const prev = points.at(-2);
  if (!tip || !prev) return '';
  const dx = Math.sign(tip.x - prev.x);
  const dy = Math.sign(tip.y - prev.y);
  const half = size * 0.55;
  const base = { x: tip.x - dx * size, y: tip.y - dy * size };
  const a = { x: base.x - dy * half, y: base.y - dx * half };
  const b = { x: base.x + dy * half, y: base.y + dx * half };
  return `${pathOf([tip, a, b])} Z`;
}

/** The route without its first `head` and last `tail` pixels (so a wide hit area does not cover the bar ends). */
export function trimRoute(points: readonly Point[], head: number, tail: number): Point[] {
  const cut = (pts: readonly Point[], length: number): Point[] => {
    let left = length;
    for (let i = 1; i < pts.length; i++) {
      const p = pts[i - 1] as Point;
      const q = pts[i] as Point;
      const seg = Math.abs(q.x - p.x) + Math.abs(q.y - p.y);
      if (seg > left) {
        const t = left / seg;
        return [{ x: p.x + (q.x - p.x) * t, y: p.y + (q.y - p.y) * t }, ...pts.slice(i)];
      }
      left -= seg;
    }
    return [];
  };
  const front = cut(points, head);
  return cut([...front].reverse(), tail).reverse();
}
