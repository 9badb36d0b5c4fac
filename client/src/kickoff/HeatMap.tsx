import type { HeatCell } from '@planroom/shared';
import { type CSSProperties, useMemo } from 'react';
import { heatLayout } from './riskHeat';
import type { HeatPick } from './riskText';

const SIZE = 220;

/**
 * The 5x5 risk map: impact up, probability across, each cell tinted by its level with the
 * number of open risks in it. A cell is a button: a click (or Enter, Space) lists only its
 * risks, a second one lists all again.
 */
export function HeatMap({
  cells,
  pick,
  onPick,
}: {
  cells: readonly HeatCell[];
  pick: HeatPick | null;
  onPick: (cell: HeatPick) => void;
}) {
  const layout = useMemo(() => heatLayout(cells, pick, SIZE), [cells, pick]);
  return (
    <figure className="heat-map" data-testid="heat-map" aria-label="Heat map: open risks by probability and impact">
      <div className="heat-body">
        <span className="heat-axis-title heat-axis-impact">Impact</span>
        <div className="heat-ticks heat-ticks-impact" style={{ height: SIZE }} aria-hidden="true">
          {layout.impact.map((t) => (
            <span key={t.value} style={{ top: t.at }} title={t.words}>
              {t.value}
            </span>
          ))}
        </div>
        <div className="heat-grid" style={{ width: SIZE, height: SIZE }}>
          {layout.boxes.map((b) => (
            <button
              key={`${b.probability}-${b.impact}`}
              type="button"
              className={`heat-cell level-${b.level}${b.count ? ' has-risks' : ''}`}
              data-testid="heat-cell"
              data-probability={b.probability}
              data-impact={b.impact}
              data-count={b.count}
              data-level={b.level}
              aria-pressed={b.pressed}
              aria-label={b.label}
              title={b.title}
              style={
                {
                  left: b.x,
                  top: b.y,
                  width: b.size,
                  height: b.size,
                  '--cell': b.colour,
                  '--strength': `${b.strength}%`,
                } as CSSProperties
              }
              onClick={() => onPick(b)}
            >
              {b.count > 0 ? b.count : ''}
            </button>
          ))}
        </div>
        <div className="heat-ticks heat-ticks-probability" style={{ width: SIZE }} aria-hidden="true">
          {layout.probability.map((t) => (
            <span key={t.value} style={{ left: t.at }} title={t.words}>
              {t.value}
            </span>
          ))}
        </div>
        <span className="heat-axis-title heat-axis-probability">Probability</span>
      </div>
      <figcaption className="heat-legend">
        <span className="heat-key level-low">Low</span>
        <span className="heat-key level-medium">Medium</span>
        <span className="heat-key level-high">High</span>
        <span className="heat-note">Closed risks are not placed.</span>
      </figcaption>
    </figure>
  );
}
