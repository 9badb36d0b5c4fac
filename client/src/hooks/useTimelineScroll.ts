import { type RefObject, useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { DayWindow } from '../board/LaneRow';
import type { DayScale } from '../lib/timeScale';

/**
 * Horizontal scrolling of the timeline: which days are worth rendering, and keeping the
 * view steady when the zoom or the board's range changes: today stays where it was on
 * screen if it was in view, otherwise the day in the middle does.
 * The window is quantised to chunks of about a screen so scrolling re-renders rows only
 * when a new chunk comes into reach, not on every scroll event.
 */
export function useTimelineScroll(
  ref: RefObject<HTMLDivElement | null>,
  scale: DayScale,
  laneColumn: number,
  today: number,
): { window: DayWindow; scrollToDay: (day: number) => void } {
  const anchor = useRef<{ day: number; at: number } | null>(null);
  const frame = useRef(0);
  const [window, setWindow] = useState<DayWindow>({ from: scale.fromDay, to: scale.fromDay });

  const measure = useCallback(() => {
    const el = ref.current;
    if (!el) return;
    const track = Math.max(1, el.clientWidth - laneColumn);
    const first = el.scrollLeft / scale.ppd + scale.fromDay;
    const days = track / scale.ppd;
    anchor.current =
      today >= first && today <= first + days
        ? { day: today, at: (today - first) / days }
        : { day: scale.dayAt(el.scrollLeft + track / 2), at: 0.5 };
    const chunk = Math.max(track, 600);
    const start = Math.floor(el.scrollLeft / chunk) * chunk - chunk;
    const from = scale.dayAt(Math.max(0, start));
    const to = scale.dayAt(start + 3 * chunk) + 1;
    setWindow((w) => (w.from === from && w.to === to ? w : { from, to }));
  }, [ref, scale, laneColumn, today]);

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

  // On first render show today a third of the way in; on a new scale, the anchor.
  useLayoutEffect(() => {
    const { day, at } = anchor.current ?? { day: today, at: 0.3 };
    scrollToDay(day, at);
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
