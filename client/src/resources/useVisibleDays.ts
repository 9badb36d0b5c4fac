import { type RefObject, useLayoutEffect, useState } from 'react';
import type { DayScale } from '../timeline/timeScale';

export interface DayRange {
  from: number;
  to: number;
}

/**
 * The days actually on screen (not the wider window rendered around them), for "in
 * view" totals. Updated once per frame while scrolling, and only re-renders when the
 * first or last whole day changes.
 */
export function useVisibleDays(ref: RefObject<HTMLElement | null>, scale: DayScale, laneColumn: number): DayRange {
  const [range, setRange] = useState<DayRange>({ from: scale.fromDay, to: scale.fromDay });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    let frame = 0;
    const measure = () => {
      const track = Math.max(0, el.clientWidth - laneColumn);
      const from = scale.dayAt(el.scrollLeft);
      const to = scale.dayAt(el.scrollLeft + track) + 1;
      setRange((r) => (r.from === from && r.to === to ? r : { from, to }));
    };
    const schedule = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(measure);
    };
    measure();
    el.addEventListener('scroll', schedule, { passive: true });
    const resize = new ResizeObserver(schedule);
    resize.observe(el);
    return () => {
      cancelAnimationFrame(frame);
      el.removeEventListener('scroll', schedule);
      resize.disconnect();
    };
  }, [ref, scale, laneColumn]);
  return range;
}
