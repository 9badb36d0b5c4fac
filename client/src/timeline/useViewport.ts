import { type RefObject, startTransition, useCallback, useLayoutEffect, useRef, useState } from 'react';
import { type PxRange, renderRange } from './renderWindow';
import type { DayScale } from './timeScale';
import { dayAtOffset, scrollForAnchor } from './zoom';

/**
 * How far past the view (in screens) bars are rendered. Every element in the board costs
 * the browser on every scroll frame (hit-testing, layerizing), so less is smoother; the
 * margin only has to cover what scrolls into view before the next render lands.
 */
const REACH = 0.75;

/** Days worth rendering horizontally: [from, to). */
export interface DayWindow {
  from: number;
  to: number;
}

/** Pixels of the body worth rendering vertically: [y0, y1). */
export interface Band {
  y0: number;
  y1: number;
}

/** A (fractional) day and where it should sit, in pixels from the left of the track. */
export interface Anchor {
  day: number;
  offset: number;
}

export interface Viewport {
  window: DayWindow;
  band: Band;
  /** Set before changing the zoom to keep that day at that place (the pointer, for Ctrl+wheel). */
  pendingAnchor: RefObject<Anchor | null>;
  scrollToDay: (day: number, at?: number) => void;
  trackWidth: () => number;
}

/**
 * Scrolling of the timeline: which days and which rows are worth rendering, and keeping
 * the view steady when the scale changes (today stays where it was if it was in view,
 * otherwise the day in the middle does, unless a zoom asked for a day under the pointer).
 * Both windows reach a screen past the view and move only when the view nears their
 * edge, so scrolling re-renders rows only now and then, not on every scroll event.
 */
export function useViewport(
  ref: RefObject<HTMLDivElement | null>,
  scale: DayScale,
  laneColumn: number,
  headerHeight: number,
  today: number,
): Viewport {
  const anchor = useRef<Anchor | null>(null);
  const pendingAnchor = useRef<Anchor | null>(null);
  const frame = useRef(0);
  const rendered = useRef<{ scale: DayScale; x: PxRange; y: PxRange } | null>(null);
  const [window, setWindow] = useState<DayWindow>({ from: scale.fromDay, to: scale.fromDay });
  const [band, setBand] = useState<Band>({ y0: 0, y1: 1200 });

  const trackWidth = useCallback(() => Math.max(1, (ref.current?.clientWidth ?? 0) - laneColumn), [ref, laneColumn]);

  const measure = useCallback(() => {
    const el = ref.current;
    if (!el) return;
    const track = trackWidth();
    const first = dayAtOffset(el.scrollLeft, 0, scale.fromDay, scale.ppd);
    const days = track / scale.ppd;
    anchor.current =
      today >= first && today < first + days
        ? { day: today + 0.5, offset: (today + 0.5 - first) * scale.ppd }
        : { day: first + days / 2, offset: track / 2 };
    // Part of a screen past the view each way, moved only when the view nears an edge (see renderRange).
    const x = renderRange(
      rendered.current?.scale === scale ? rendered.current.x : null,
      { from: el.scrollLeft, to: el.scrollLeft + track },
      track,
      track / 2,
    );
    const height = Math.max(el.clientHeight, 300);
    const top = el.scrollTop - headerHeight;
    const y = renderRange(
      rendered.current?.y ?? null,
      { from: top, to: top + height },
      REACH * height,
      (REACH / 2) * height,
    );
    rendered.current = { scale, x, y };
    const from = scale.dayAt(Math.max(0, x.from));
    const to = scale.dayAt(x.to) + 1;
    const y0 = Math.max(0, y.from);
    const y1 = y.to;
    // A transition: rendering the next chunk of rows yields to the browser every few
    // milliseconds, so scrolling stays smooth while the bars a screen away come in.
    startTransition(() => {
      setWindow((w) => (w.from === from && w.to === to ? w : { from, to }));
      setBand((b) => (b.y0 === y0 && b.y1 === y1 ? b : { y0, y1 }));
    });
  }, [ref, scale, today, headerHeight, trackWidth]);

  const scrollToDay = useCallback(
    (day: number, at = 0.5) => {
      const el = ref.current;
      if (!el) return;
      el.scrollLeft = scrollForAnchor(day, scale.fromDay, scale.ppd, trackWidth() * at);
      measure();
    },
    [ref, scale, trackWidth, measure],
  );

  // On first render show today a third of the way in; on a new scale, the anchor.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const target = pendingAnchor.current ?? anchor.current;
    pendingAnchor.current = null;
    if (target) el.scrollLeft = scrollForAnchor(target.day, scale.fromDay, scale.ppd, target.offset);
    else el.scrollLeft = scrollForAnchor(today, scale.fromDay, scale.ppd, trackWidth() * 0.3);
    measure();
  }, [ref, scale, measure, today, trackWidth]);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    // Scrolling itself writes nothing to the DOM: no class or style on the scroll box (a
    // class toggled there restyled and repainted every bar under it, 20-50 ms a frame at
    // 5k items). Only the render windows move, at most once a frame.
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

  return { window, band, pendingAnchor, scrollToDay, trackWidth };
}
