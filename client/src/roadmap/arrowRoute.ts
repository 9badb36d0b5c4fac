import type { DepType } from '@planroom/shared';
import { Crossings, NEAR_LINES, nearLines } from './arrowCost';
import { bestColumn, channels, EMPTY_FIELD, type Field, lineAt, linesAcross } from './arrowField';

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
/** Gutters between the two ends tried as the horizontal run, when there are at most this many. */
const GUTTERS = 6;
const BEND = 1;
/** A run out of or into a bar shorter than the stub looks cramped: only worth it to miss something. */
const CRAMPED = 0.5;
const PER_PX = 1 / 100;

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

const cramped = (run: number) => (Math.abs(run) < STUB ? CRAMPED : 0);

/**
 * The route from one anchor to another, orthogonal, the way Gantt tools draw links: out
 * of the predecessor's side, along a vertical in the gap beside it (or beside the
 * successor), into the successor's side with the head; when a single vertical cannot do
 * it (a backward link, bars in the way), the horizontal run goes along a gutter between
 * lines of bars. Of a few such candidates it takes the one crossing the fewest bars and
 * titles, then with the fewest bends, then the shortest. Candidates are scored from their
 * numbers alone; only the winner becomes points.
 */
export function routeArrow(from: Anchor, to: Anchor, options: RouteOptions = {}): Point[] {
  const field = options.field ?? EMPTY_FIELD;
  const minX = options.minX ?? Number.NEGATIVE_INFINITY;
  const out = from.side === 'end' ? 1 : -1;
  const inward = to.side === 'start' ? 1 : -1;
  const s = lineAt(field, from.y);
  const t = lineAt(field, to.y);
  const cross = new Crossings(field, s, t);
  const column = (lines: [number, number], x: number, dir: 1 | -1) => bestColumn(field, lines, x, dir, SEARCH).x;
  const known = s >= 0 && t >= 0;

  // Columns beside the predecessor's side and beside the successor's side.
  const exits = columns(minX, [
    from.x + out * STUB,
    from.x + out * MIN_OUT,
    known ? column([s, s + 1], from.x + out * MIN_OUT, out) : null,
    known ? column(nearLines(s, t), from.x + out * STUB, out) : null,
  ]);
  const entries = columns(minX, [
    to.x - inward * STUB,
    known ? column([t, t + 1], to.x - inward * MIN_IN, -inward as 1 | -1) : null,
    known ? column(nearLines(t, s), to.x - inward * STUB, -inward as 1 | -1) : null,
  ]);

  let best = { cost: Number.POSITIVE_INFINITY, points: [] as Point[] };
  const keep = (cost: number, points: () => Point[]) => {
    if (cost < best.cost) best = { cost, points: points() };
  };

  // Straight along one row, or one vertical standing on the outward side of both ends.
  const dy = Math.abs(to.y - from.y);
  if (dy === 0) {
    if (out === inward && (to.x - from.x) * out >= MIN_OUT + MIN_IN)
      keep(cross.horizontal(from.y, from.x, to.x) + Math.abs(to.x - from.x) * PER_PX, () => [from, to]);
  } else {
    for (const v of new Set([...exits, ...entries])) {
      if ((v - from.x) * out < MIN_OUT || (to.x - v) * inward < MIN_IN) continue;
      const cost =
        cross.horizontal(from.y, from.x, v) +
        cross.vertical(v, from.y, to.y) +
        cross.horizontal(to.y, v, to.x) +
        2 * BEND +
        cramped(v - from.x) +
        cramped(to.x - v) +
        (Math.abs(v - from.x) + dy + Math.abs(to.x - v)) * PER_PX;
      keep(cost, () => [from, { x: v, y: from.y }, { x: v, y: to.y }, to]);
    }
  }

  // Two verticals joined by a run along a gutter, each also tried in the column nearest
  // its end that is free over just the lines it crosses.
  for (const y of gutters(field, s, t, from.y, to.y)) {
    const down = (ya: number, yb: number, end: number) => clip(linesAcross(field, ya, yb), end);
    const xas = known ? columns(minX, [...exits, column(down(from.y, y, s), from.x + out * STUB, out)]) : exits;
    const xbs = known
      ? columns(minX, [...entries, column(down(y, to.y, t), to.x - inward * STUB, -inward as 1 | -1)])
      : entries;
    const leave = xas.map(
      (xa) => cross.horizontal(from.y, from.x, xa) + cross.vertical(xa, from.y, y) + cramped(xa - from.x),
    );
    const enter = xbs.map((xb) => cross.vertical(xb, y, to.y) + cross.horizontal(to.y, xb, to.x) + cramped(to.x - xb));
    const height = Math.abs(y - from.y) + Math.abs(to.y - y);
    xas.forEach((xa, i) => {
      xbs.forEach((xb, j) => {
        const length = Math.abs(xa - from.x) + height + Math.abs(xb - xa) + Math.abs(to.x - xb);
        const cost =
          (leave[i] as number) + (enter[j] as number) + cross.horizontal(y, xa, xb) + 4 * BEND + length * PER_PX;
        keep(cost, () => [from, { x: xa, y: from.y }, { x: xa, y }, { x: xb, y }, { x: xb, y: to.y }, to]);
      });
    });
  }
  return tidy(best.points);
}

/** Lines [first, last), cut to the NEAR_LINES of them nearest to line `end`. */
function clip([first, last]: [number, number], end: number): [number, number] {
  if (last - first <= NEAR_LINES) return [first, last];
  return end <= first ? [first, first + NEAR_LINES] : [last - NEAR_LINES, last];
}

/** The distinct columns among `xs`, none left of `minX`. */
function columns(minX: number, xs: ReadonlyArray<number | null>): number[] {
  const out: number[] = [];
  for (const x of xs) {
    if (x === null) continue;
    const c = Math.max(minX, x);
    if (!out.includes(c)) out.push(c);
  }
  return out;
}

/** Heights of the horizontal runs worth trying: the gutters next to either end, and those between. */
function gutters(field: Field, s: number, t: number, fromY: number, toY: number): number[] {
  if (s < 0 || t < 0) return [Math.abs(fromY - toY) < 1 ? fromY + ROW_DETOUR : (fromY + toY) / 2];
  const gaps = new Set([s, s + 1, t, t + 1]);
  const [lo, hi] = [Math.min(s, t), Math.max(s, t)];
  if (hi - lo <= GUTTERS) for (let g = lo + 1; g <= hi; g++) gaps.add(g);
  return [...gaps].flatMap((g) => channels(field, g));
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
