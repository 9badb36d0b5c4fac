import type { Kpi, KpiProgress } from '@planroom/shared';
import { currentTitle, currentVsTarget, STATE_HINTS, trendLabel } from './kpiText';
import { Sparkline } from './Sparkline';

/** Where a KPI stands: current vs target, the trend line and the state in words (kickoff and item panel). */
export function KpiMeasure({ kpi, progress }: { kpi: Kpi; progress: KpiProgress }) {
  return (
    <div className="kpi-measure">
      <span className="kpi-current" data-testid="kpi-current" title={currentTitle(kpi, progress)}>
        {currentVsTarget(kpi, progress.current?.value ?? null)}
      </span>
      <Sparkline points={progress.points} target={kpi.target} label={trendLabel(kpi, progress)} />
      <span
        className={`kpi-state state-${progress.state}`}
        data-testid="kpi-state"
        data-state={progress.state}
        title={STATE_HINTS[progress.state]}
      >
        {progress.text}
      </span>
    </div>
  );
}
