import type { DepType } from '@planroom/shared';

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

const STUB = 10;
/** How far below a row the arrow runs back when both ends share it. */
const ROW_DETOUR = 16;

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

/**
 * The route from one anchor to another. When there is room, a forward link takes three
 * segments with its vertical halfway; otherwise it leaves on its side, runs along a
 * channel halfway between the two rows and comes in on the successor's side. Either way
 * the middle of the route's bounding box lies on the route, so a click there hits it.
 */
export function routeArrow(from: Anchor, to: Anchor, stub = STUB): Point[] {
  const out = from.side === 'end' ? 1 : -1;
  const inward = to.side === 'start' ? 1 : -1;
  if (out === inward && (to.x - from.x) * out >= 2 * stub) {
    const mx = (from.x + to.x) / 2;
    return tidy([from, { x: mx, y: from.y }, { x: mx, y: to.y }, to]);
  }
  const a = { x: from.x + out * stub, y: from.y };
  const b = { x: to.x - inward * stub, y: to.y };
  const my = Math.abs(from.y - to.y) < 1 ? from.y + ROW_DETOUR : (from.y + to.y) / 2;
  return tidy([from, a, { x: a.x, y: my }, { x: b.x, y: my }, b, to]);
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
