/** A range of pixels along one axis of the board. */
export interface PxRange {
  from: number;
  to: number;
}

/**
 * The part of the board to render along one axis, with hysteresis: kept as it is while
 * the view stays at least `margin` pixels inside it, otherwise re-centred to reach
 * `reach` pixels past the view on each side. Panning back and forth around one place
 * then renders nothing new; panning on re-renders every `reach - margin` pixels.
 */
export function renderRange(prev: PxRange | null, view: PxRange, reach: number, margin: number): PxRange {
  if (prev && view.from - margin >= prev.from && view.to + margin <= prev.to) return prev;
  return { from: view.from - reach, to: view.to + reach };
}
