import { toDayNumber } from '@planroom/shared';
import { type RefObject, useEffect } from 'react';
import { fitItems } from '../timeline/fitItems';
import type { DayScale } from '../timeline/timeScale';
import type { Viewport } from '../timeline/useViewport';
import type { ResourcesContextValue } from './ResourcesContext';

/**
 * Zoom to fit (F, the toolbar's fit button) and revealing an item, for the resource view:
 * fits the chosen items, or every item someone is assigned to.
 */
export function useResourceControls(
  ctx: ResourcesContextValue,
  scrollRef: RefObject<HTMLDivElement | null>,
  viewport: Viewport,
  scale: DayScale,
): void {
  const { session, store, prefs, resources } = ctx;
  useEffect(() => {
    session.timeline = {
      fit(ids) {
        const chosen = ids?.length ? ids : resources.model.getBoard().assignments.map((a) => a.itemId);
        fitItems({ store, prefs }, chosen, viewport, scale);
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
