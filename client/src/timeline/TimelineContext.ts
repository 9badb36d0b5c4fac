import { createContext, useContext, useSyncExternalStore } from 'react';
import type { DayScale } from './timeScale';

/**
 * The board's time axis: the days it spans at the current zoom. Both views draw on it; the
 * shell hands the one the roadmap's layout keeps to every view, so they always agree.
 */
export interface TimeAxis {
  subscribeScale(onChange: () => void): () => void;
  getScale(): DayScale;
  /** Today and the width of the time track: the axis spans at least a screenful around today. */
  setView(view: { today?: number; viewWidth?: number }): void;
}

export const TimelineContext = createContext<TimeAxis | null>(null);

export function useTimeAxis(): TimeAxis {
  const axis = useContext(TimelineContext);
  if (!axis) throw new Error('useTimeAxis needs a <TimelineContext.Provider>');
  return axis;
}

/** The current scale; re-renders when the zoom or the board's span changes. */
export function useScale(): DayScale {
  const axis = useTimeAxis();
  return useSyncExternalStore(axis.subscribeScale, axis.getScale);
}
