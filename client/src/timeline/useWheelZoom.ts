import { type RefObject, useEffect, useRef } from 'react';
import type { Value } from '../ui/signals';
import type { DayScale } from './timeScale';
import type { Anchor } from './useViewport';
import { dayAtOffset, wheelZoom } from './zoom';

/**
 * Ctrl/Cmd + wheel, and trackpad pinch (which browsers send as a wheel event with
 * ctrlKey), zoom around the pointer: the day under it stays under it. Events are summed
 * and applied once per frame.
 */
export function useWheelZoom(
  ref: RefObject<HTMLDivElement | null>,
  scale: DayScale,
  laneColumn: number,
  ppd: Value<number>,
  pendingAnchor: RefObject<Anchor | null>,
): void {
  const latest = useRef(scale);
  latest.current = scale;

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let frame = 0;
    let next: number | null = null;
    let anchor: Anchor | null = null;
    const onWheel = (event: WheelEvent) => {
      if (!event.ctrlKey && !event.metaKey) return;
      event.preventDefault();
      const s = latest.current;
      const offset = event.clientX - el.getBoundingClientRect().left - laneColumn;
      if (offset < 0) return;
      const current = next ?? s.ppd;
      // the anchor day is measured once per frame, before the scale changes under it
      anchor ??= { day: dayAtOffset(el.scrollLeft, offset, s.fromDay, s.ppd), offset };
      next = wheelZoom(current, event.deltaY, event.deltaMode);
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        if (next !== null && anchor && next !== latest.current.ppd) {
          pendingAnchor.current = anchor;
          ppd.set(next);
        }
        next = null;
        anchor = null;
      });
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => {
      el.removeEventListener('wheel', onWheel);
      cancelAnimationFrame(frame);
    };
  }, [ref, laneColumn, ppd, pendingAnchor]);
}
