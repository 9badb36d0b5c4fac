import { type RefObject, useEffect } from 'react';
import { BAR_HEIGHT } from '../timeline/bars';
import { fitItems } from '../timeline/fitItems';
import type { DayScale } from '../timeline/timeScale';
import type { Viewport } from '../timeline/useViewport';
import type { RoadmapContextValue } from './RoadmapContext';

/** Zoom to fit and scrolling a bar into view, offered to the toolbar and keyboard via the session. */
export function useTimelineControls(
  ctx: RoadmapContextValue,
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
        if (!fitItems({ store, prefs }, chosen, viewport, scale)) return;
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
