import type { DepType } from '@planroom/shared';
import { type Anchor, depSides } from './arrowRoute';
import type { Rect } from './rowGeometry';
import { BAR_HEIGHT } from './rowLayout';

/** What an arrow needs of a bar: where it is in the body. */
export interface BarPlace {
  x: number;
  width: number;
  y: number;
  proxy: boolean;
}

/** The points an arrow of this type leaves and enters (middle of the bars' edges). */
export function depAnchors(type: DepType, from: BarPlace, to: BarPlace): [Anchor, Anchor] {
  const [fromSide, toSide] = depSides(type);
  const at = (p: BarPlace, side: Anchor['side']): Anchor => ({
    x: side === 'end' ? p.x + p.width : p.x,
    y: p.y + BAR_HEIGHT / 2,
    side,
  });
  return [at(from, fromSide), at(to, toSide)];
}

/** Both ends drawn as the same bar (inside one collapsed parent): nothing to draw. */
export function sameBar(a: BarPlace, b: BarPlace): boolean {
  return (a.proxy || b.proxy) && a.x === b.x && a.y === b.y && a.width === b.width;
}

/**
 * The links worth drawing: both ends shown (not filtered out), not folded into one bar,
 * and at least one end inside `rect` (the rendered window of the body).
 */
export function visibleDeps(
  deps: ReadonlyArray<{ id: string; from: string; to: string }>,
  placeOf: (id: string) => BarPlace | undefined,
  rect: Rect,
): string[] {
  const inView = (p: BarPlace) =>
    p.x + p.width >= rect.x0 && p.x <= rect.x1 && p.y + BAR_HEIGHT >= rect.y0 && p.y <= rect.y1;
  const out: string[] = [];
  for (const dep of deps) {
    const a = placeOf(dep.from);
    const b = placeOf(dep.to);
    if (!a || !b || sameBar(a, b)) continue;
    if (inView(a) || inView(b)) out.push(dep.id);
  }
  return out;
}
