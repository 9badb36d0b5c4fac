/** Width of the sticky column of row titles, left of the time track. */
export const LANE_COLUMN = 232;
