import { useSyncExternalStore } from 'react';
import { LANE_COLUMN, LANE_COLUMN_COMPACT, NARROW_SCREEN } from './layoutConstants';

function query(): MediaQueryList | null {
  return typeof window === 'undefined' || !window.matchMedia ? null : window.matchMedia(NARROW_SCREEN);
}

function subscribe(listener: () => void): () => void {
  const q = query();
  q?.addEventListener('change', listener);
  return () => q?.removeEventListener('change', listener);
}

/** Width of the lane column: compact on a phone, so the time area keeps most of the screen. */
export function laneColumnWidth(): number {
  return query()?.matches ? LANE_COLUMN_COMPACT : LANE_COLUMN;
}

/** The lane column's width, re-rendering when the screen crosses the phone breakpoint (a phone turned). */
export function useLaneColumn(): number {
  return useSyncExternalStore(subscribe, laneColumnWidth, () => LANE_COLUMN);
}
