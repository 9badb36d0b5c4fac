/** Width of the sticky column of row titles, left of the time track. */
export const LANE_COLUMN = 232;
/**
 * The lane column on a phone: under a third of a 390 px screen. Titles wrap to two lines
 * and the full title is the cell's tooltip (and shown whole on a tap, roadmap/LaneTitle.tsx).
 */
export const LANE_COLUMN_COMPACT = 116;
/** Screens at most this wide get the compact lane column (the same breakpoint as the CSS). */
export const NARROW_SCREEN = '(max-width: 600px)';
