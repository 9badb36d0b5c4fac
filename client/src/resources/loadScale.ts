import { utilisation } from '@planroom/shared';
import { scaleLinear, scaleThreshold } from 'd3-scale';

/**
 * How a week's load against capacity looks. Colour is one cue (light when there is
 * room, strong near full, red past it); over-allocation also gets a hatch and a "!" so it
 * reads without colour (see resources.css), which is why `over` is its own flag.
 */

/** Sums of 3/5-week shares are not exact: a hair over capacity is still full, not over. */
const TOLERANCE = 1e-6;

export type LoadLevel = 'off' | 'free' | 'light' | 'busy' | 'full' | 'over';

/** Share of capacity at which each level starts (the last is "over", past 100%). */
const LEVELS = scaleThreshold<number, LoadLevel>()
  .domain([Number.MIN_VALUE, 0.5, 0.85, 1 + TOLERANCE])
  .range(['free', 'light', 'busy', 'full', 'over']);

// Hex, not CSS variables: d3 interpolates between them. They match --accent-soft,
// --accent-strong and --red in base.css.
const UNDER = scaleLinear<string>().domain([0, 0.5, 1]).range(['#eef0fd', '#b3b9ef', '#4c57bd']).clamp(true);
const OVER = scaleLinear<string>().domain([1, 1.6]).range(['#e5484d', '#9b1c24']).clamp(true);

export interface LoadLook {
  /** Load over capacity (Infinity with load and no capacity). */
  ratio: number;
  over: boolean;
  level: LoadLevel;
  fill: string;
  /** Text colour that reads on `fill`. */
  ink: string;
}

export function loadLook(hours: number, capacity: number): LoadLook {
  if (capacity <= 0 && hours <= TOLERANCE) return { ratio: 0, over: false, level: 'off', fill: '#f1f3f5', ink: '' };
  const ratio = utilisation(hours, capacity);
  const level = LEVELS(ratio);
  const over = level === 'over';
  const fill = over ? OVER(Math.min(ratio, 10)) : UNDER(ratio);
  return { ratio, over, level, fill, ink: over || ratio >= 0.7 ? '#ffffff' : '' };
}

/** "130%", or "—" when there is load but no capacity at all. */
export function percentText(ratio: number): string {
  return Number.isFinite(ratio) ? `${Math.round(ratio * 100)}%` : '—';
}
