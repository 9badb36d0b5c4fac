import { type KpiPoint, toDayNumber } from '@planroom/shared';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';

export interface SparklineSize {
  width: number;
  height: number;
  /** Room kept free at each edge, so the last dot and the stroke are not clipped. */
  pad: number;
}

export const SPARKLINE_SIZE: SparklineSize = { width: 120, height: 28, pad: 3 };

export interface SparklineGeometry {
  /** The trend line (an SVG path), or null with fewer than two values. */
  path: string | null;
  /** Where the target's dashed line runs. */
  targetY: number;
  /** The last measured value, drawn as a dot; null before anything was measured. */
  last: { x: number; y: number } | null;
}

/**
 * A KPI's trend in a small box: time across (by calendar day, so uneven gaps between
 * measurements show), values up, scaled so the target is always in the box.
 */
export function sparklineGeometry(
  points: readonly KpiPoint[],
  target: number,
  size: SparklineSize = SPARKLINE_SIZE,
): SparklineGeometry {
  const { width, height, pad } = size;
  let lo = target;
  let hi = target;
  for (const p of points) {
    lo = Math.min(lo, p.value);
    hi = Math.max(hi, p.value);
  }
  // everything at one value: put it in the middle rather than on an edge
  if (lo === hi) [lo, hi] = [lo - 1, hi + 1];
  const y = scaleLinear()
    .domain([lo, hi])
    .range([height - pad, pad]);
  const first = points[0];
  const lastPoint = points.at(-1);
  if (!first || !lastPoint) return { path: null, targetY: y(target), last: null };

  const from = toDayNumber(first.date);
  const to = toDayNumber(lastPoint.date);
  const x = scaleLinear()
    .domain(from === to ? [from - 1, to + 1] : [from, to])
    .range([pad, width - pad]);
  const draw = line<KpiPoint>()
    .x((p) => x(toDayNumber(p.date)))
    .y((p) => y(p.value))
    .digits(1);
  return {
    path: points.length >= 2 ? draw(points) : null,
    targetY: y(target),
    last: { x: x(to), y: y(lastPoint.value) },
  };
}
