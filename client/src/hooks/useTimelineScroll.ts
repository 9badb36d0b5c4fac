import { type RefObject, useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { DayWindow } from '../board/LaneRow';
import type { DayScale } from '../lib/timeScale';

/**
 * Horizontal scrolling of the timeline: which days are worth rendering, and keeping the
 * day in the middle of the view in place when the zoom or the board's range changes.
 * The window is quantised to chunks of about a screen so scrolling re-renders rows only
 * when a new chunk comes into reach, not on every scroll event.
 */
export function useTimelineScroll(
  ref: RefObject<HTMLDivElement | null>,
  scale: DayScale,
  laneColumn: number,
  today: number,
): { window: DayWindow; scrollToDay: (day: number) => void } {
  const centerDay = useRef<number | null>(null);
  const frame = useRef(0);
  const [window, setWindow] = useState<DayWindow>({ from: scale.fromDay, to: scale.fromDay });

  const measure = useCallback(() => {
    const el = ref.current;
    if (!el) return;
    const track = Math.max(1, el.clientWidth - laneColumn);
    centerDay.current = scale.dayAt(el.scrollLeft + track / 2);
    const chunk = Math.max(track, 600);
    const start = Math.floor(el.scrollLeft / chunk) * chunk - chunk;
    const from = scale.dayAt(Math.max(0, start));
    const to = scale.dayAt(start + 3 * chunk) + 1;
    setWindow((w) => (w.from === from && w.to === to ? w : { from, to }));
  }, [ref, scale, laneColumn]);

  const scrollToDay = useCallback(
    (day: number, at = 0.5) => {
      const el = ref.current;
      if (!el) return;
      const track = Math.max(1, el.clientWidth - laneColumn);
      el.scrollLeft = Math.max(0, scale.x(day) - track * at);
      measure();
    },
    [ref, scale, laneColumn, measure],
  );

  // On a new scale (zoom, range) keep the same day in the middle; on first render show
  // today a third of the way in.
  useLayoutEffect(() => {
    if (centerDay.current === null) scrollToDay(today, 0.3);
    else scrollToDay(centerDay.current);
  }, [scrollToDay, today]);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const onScroll = () => {
      cancelAnimationFrame(frame.current);
      frame.current = requestAnimationFrame(measure);
    };
    el.addEventListener('scroll', onScroll, { passive: true });
    const resize = new ResizeObserver(onScroll);
    resize.observe(el);
    return () => {
      el.removeEventListener('scroll', onScroll);
      resize.disconnect();
      cancelAnimationFrame(frame.current);
    };
  }, [ref, measure]);

  return { window, scrollToDay };
}
