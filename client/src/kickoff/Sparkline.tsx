import type { KpiPoint } from '@planroom/shared';
import { useMemo } from 'react';
import { SPARKLINE_SIZE, sparklineGeometry } from './kpiSparkline';

/** A KPI's measured values as a small line, the target dashed across it and the last value as a dot. */
export function Sparkline({ points, target, label }: { points: readonly KpiPoint[]; target: number; label: string }) {
  const { width, height } = SPARKLINE_SIZE;
  const g = useMemo(() => sparklineGeometry(points, target), [points, target]);
  return (
    <svg
      className="sparkline"
      data-testid="sparkline"
      data-points={points.length}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={label}
    >
      <title>{label}</title>
      <line className="sparkline-target" x1={0} x2={width} y1={g.targetY} y2={g.targetY} />
      {g.path && <path className="sparkline-line" d={g.path} />}
      {g.last && <circle className="sparkline-last" cx={g.last.x} cy={g.last.y} r={2.5} />}
    </svg>
  );
}
