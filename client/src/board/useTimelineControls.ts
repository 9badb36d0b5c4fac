import { toDayNumber } from '@planroom/shared';
import { type RefObject, useEffect } from 'react';
import type { Viewport } from '../hooks/useViewport';
import { BAR_HEIGHT } from '../lib/rowLayout';
import type { DayScale } from '../lib/timeScale';
import { fitPpd } from '../lib/zoom';
import type { BoardContextValue } from './BoardContext';

/** Zoom to fit and scrolling a bar into view, offered to the toolbar and keyboard via the session. */
export function useTimelineControls(
  ctx: BoardContextValue,
  scrollRef: RefObject<HTMLDivElement | null>,
  viewport: Viewport,
  scale: DayScale,
  headerHeight: number,
  laneColumn: number,
): void {
  const { session, engine, store, prefs } = ctx;
  useEffect(() => {
    const el = scrollRef.current;
    session.timeline = {
      fit(ids) {
        const chosen = ids?.length ? ids : [...engine.shownIds()];
        let min = Number.POSITIVE_INFINITY;
        let max = Number.NEGATIVE_INFINITY;
        for (const id of chosen) {
          const item = store.getItem(id);
          if (!item) continue;
          min = Math.min(min, toDayNumber(item.start));
          max = Math.max(max, toDayNumber(item.end));
        }
        if (min > max) return;
        const track = viewport.trackWidth();
        const ppd = fitPpd(max - min + 1, track);
        const anchor = { day: (min + max + 1) / 2, offset: track / 2 };
        if (ppd === scale.ppd) viewport.scrollToDay(anchor.day, 0.5);
        else {
          viewport.pendingAnchor.current = anchor;
          prefs.ppd.set(ppd);
        }
        const first = chosen[0];
        if (ids?.length && first) requestAnimationFrame(() => session.timeline?.reveal(first));
      },
      reveal(id) {
        const place = engine.getPlace(id);
        if (!el || !place) return;
        const track = el.clientWidth - laneColumn;
        if (place.x < el.scrollLeft || place.x + Math.min(place.width, track) > el.scrollLeft + track) {
          el.scrollLeft = Math.max(0, place.x - track * 0.2);
        }
        const top = place.y + headerHeight;
        const view = el.clientHeight;
        if (top - headerHeight < el.scrollTop || top + BAR_HEIGHT > el.scrollTop + view) {
          el.scrollTop = Math.max(0, top - headerHeight - view / 3);
        }
      },
    };
    return () => {
      session.timeline = null;
    };
  }, [session, engine, store, prefs, scrollRef, viewport, scale, headerHeight, laneColumn]);
}
