import { type RefObject, useEffect, useMemo } from 'react';
import { useMeta } from '../core/useYjs';
import type { Value } from '../ui/signals';
import { useElementWidth } from '../ui/useElementWidth';
import { headerHeight } from './TimeHeader';
import type { TimeAxis } from './TimelineContext';
import { weekLocaleFor } from './timeHeader';
import type { DayScale } from './timeScale';
import { useLaneColumn } from './useLaneColumn';
import { useToday } from './useToday';
import { useViewport } from './useViewport';
import { useWheelZoom } from './useWheelZoom';
import { levelFor } from './zoom';

/**
 * The wiring the roadmap and the resource view share around their scroll box: the engine
 * (the time axis) learns today and the visible width, the viewport follows scrolling, the wheel zooms, and
 * the time header gets its zoom level, height and locale options.
 */
export function useTimeCanvas(
  axis: TimeAxis,
  ppd: Value<number>,
  scrollRef: RefObject<HTMLDivElement | null>,
  scale: DayScale,
) {
  const level = levelFor(scale.ppd);
  const today = useToday();
  const meta = useMeta();
  const width = useElementWidth(scrollRef);
  const laneColumn = useLaneColumn();
  useEffect(
    () => axis.setView({ today, viewWidth: Math.max(400, width - laneColumn) }),
    [axis, today, width, laneColumn],
  );
  const header = headerHeight(level);
  const viewport = useViewport(scrollRef, scale, laneColumn, header, today);
  useWheelZoom(scrollRef, scale, laneColumn, ppd, viewport.pendingAnchor);
  const options = useMemo(() => {
    const language = typeof navigator === 'undefined' ? 'en' : navigator.language || 'en';
    return { fiscalYearStartMonth: meta.fiscalYearStartMonth, weekLocale: weekLocaleFor(language), language };
  }, [meta.fiscalYearStartMonth]);
  return { level, today, meta, header, viewport, options, laneColumn };
}
