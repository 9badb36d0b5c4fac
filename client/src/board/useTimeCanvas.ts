import { type RefObject, useEffect, useMemo } from 'react';
import { useElementWidth } from '../hooks/useElementWidth';
import { useToday } from '../hooks/useToday';
import { useViewport } from '../hooks/useViewport';
import { useWheelZoom } from '../hooks/useWheelZoom';
import { useMeta } from '../hooks/useYjs';
import { weekLocaleFor } from '../lib/timeHeader';
import type { DayScale } from '../lib/timeScale';
import { levelFor } from '../lib/zoom';
import type { BoardContextValue } from './BoardContext';
import { LANE_COLUMN } from './layoutConstants';
import { headerHeight } from './TimeHeader';

/**
 * The wiring the roadmap and the resource view share around their scroll box: the engine
 * learns today and the visible width, the viewport follows scrolling, the wheel zooms, and
 * the time header gets its zoom level, height and locale options.
 */
export function useTimeCanvas(
  { engine, prefs }: Pick<BoardContextValue, 'engine' | 'prefs'>,
  scrollRef: RefObject<HTMLDivElement | null>,
  scale: DayScale,
) {
  const level = levelFor(scale.ppd);
  const today = useToday();
  const meta = useMeta();
  const width = useElementWidth(scrollRef);
  useEffect(() => engine.setView({ today, viewWidth: Math.max(400, width - LANE_COLUMN) }), [engine, today, width]);
  const header = headerHeight(level);
  const viewport = useViewport(scrollRef, scale, LANE_COLUMN, header, today);
  useWheelZoom(scrollRef, scale, LANE_COLUMN, prefs.ppd, viewport.pendingAnchor);
  const options = useMemo(() => {
    const language = typeof navigator === 'undefined' ? 'en' : navigator.language || 'en';
    return { fiscalYearStartMonth: meta.fiscalYearStartMonth, weekLocale: weekLocaleFor(language), language };
  }, [meta.fiscalYearStartMonth]);
  return { level, today, meta, header, viewport, options };
}
