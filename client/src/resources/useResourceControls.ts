import { toDayNumber } from '@planroom/shared';
import { type RefObject, useEffect } from 'react';
import type { BoardContextValue } from '../board/BoardContext';
import type { Viewport } from '../hooks/useViewport';
import type { DayScale } from '../lib/timeScale';
import { fitPpd } from '../lib/zoom';

/**
 * Zoom to fit (F, the toolbar's fit button) and revealing an item, for the resource view:
 * fits the chosen items, or every item someone is assigned to.
 */
export function useResourceControls(
  ctx: BoardContextValue,
  scrollRef: RefObject<HTMLDivElement | null>,
  viewport: Viewport,
  scale: DayScale,
): void {
  const { session, store, prefs, resources } = ctx;
  useEffect(() => {
    session.timeline = {
      fit(ids) {
        const chosen = ids?.length ? ids : resources.model.getBoard().assignments.map((a) => a.itemId);
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
      },
      reveal(id) {
        const bar = scrollRef.current?.querySelector<HTMLElement>(
          `[data-testid="assignment-bar"][data-item-id="${CSS.escape(id)}"]`,
        );
        if (bar) bar.scrollIntoView({ block: 'nearest', inline: 'nearest' });
        else {
          const item = store.getItem(id);
          if (item) viewport.scrollToDay(toDayNumber(item.start), 0.2);
        }
      },
    };
    return () => {
      session.timeline = null;
    };
  }, [session, store, prefs, resources, scrollRef, viewport, scale]);
}
