import type { HeatCell, RiskLevel } from '@planroom/shared';
import { scaleBand, scaleLinear, scaleOrdinal } from 'd3-scale';
import { type HeatPick, IMPACT_WORDS, LEVEL_LABELS, PROBABILITY_WORDS, samePick } from './riskText';

const SCALE = [1, 2, 3, 4, 5];

/** Level colours are the style sheet's tokens, so the map follows the design. */
const levelColour = scaleOrdinal<RiskLevel, string>()
  .domain(['low', 'medium', 'high'])
  .range(['var(--risk-low)', 'var(--risk-medium)', 'var(--risk-high)']);

/** One cell as drawn: where, in what colour, and what it says. */
export interface HeatBox extends HeatPick {
  score: number;
  level: RiskLevel;
  count: number;
  x: number;
  y: number;
  size: number;
  /** The level's colour token. */
  colour: string;
  /** How much of the colour fills the cell (percent): faint when empty, stronger with more risks. */
  strength: number;
  pressed: boolean;
  /** The accessible name: the cell's place, level and count. */
  label: string;
  /** The tooltip: the label and what a click does. */
  title: string;
}

export interface HeatTick {
  value: number;
  /** Centre of the column (probability) or row (impact). */
  at: number;
  words: string;
}

export interface HeatLayout {
  boxes: HeatBox[];
  probability: HeatTick[];
  impact: HeatTick[];
}

function countText(count: number): string {
  return count === 0 ? 'no open risks' : count === 1 ? '1 open risk' : `${count} open risks`;
}

/**
 * The 5x5 map in a square of `size` pixels: probability 1-5 left to right, impact 5 at the
 * top down to 1 (the order of shared's `heatMap` cells). A cell is tinted by its level, more
 * strongly the more risks it holds.
 */
export function heatLayout(cells: readonly HeatCell[], pick: HeatPick | null, size: number): HeatLayout {
  const x = scaleBand<number>().domain(SCALE).range([0, size]).paddingInner(0.08);
  const y = scaleBand<number>()
    .domain([...SCALE].reverse())
    .range([0, size])
    .paddingInner(0.08);
  const most = Math.max(2, ...cells.map((c) => c.riskIds.length));
  const strength = scaleLinear().domain([1, most]).range([34, 62]).clamp(true);
  const band = x.bandwidth();
  const boxes = cells.map((cell): HeatBox => {
    const count = cell.riskIds.length;
    const pressed = samePick(pick, cell);
    const label = `Probability ${cell.probability}, impact ${cell.impact}: score ${cell.score}, ${LEVEL_LABELS[cell.level].toLowerCase()}; ${countText(count)}`;
    const action = pressed ? 'Click to show all risks again.' : count ? 'Click to list only these.' : '';
    return {
      probability: cell.probability,
      impact: cell.impact,
      score: cell.score,
      level: cell.level,
      count,
      x: x(cell.probability) ?? 0,
      y: y(cell.impact) ?? 0,
      size: band,
      colour: levelColour(cell.level),
      strength: count ? Math.round(strength(count)) : 12,
      pressed,
      label,
      title: action ? `${label}. ${action}` : label,
    };
  });
  const tick = (scale: typeof x, words: readonly string[]) =>
    SCALE.map((value) => ({ value, at: (scale(value) ?? 0) + band / 2, words: words[value - 1] ?? '' }));
  return { boxes, probability: tick(x, PROBABILITY_WORDS), impact: tick(y, IMPACT_WORDS) };
}
