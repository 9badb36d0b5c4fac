import { toDayNumber } from '@planroom/shared';
import type { BoardContextValue } from '../core/BoardContext';
import type { DayScale } from './timeScale';
import type { Viewport } from './useViewport';
import { fitPpd } from './zoom';

/**
 * Zooms so the days of the chosen items fill the track, centred on them (only scrolls when
 * the zoom is already right). False when none of them is an item, and nothing moves.
 */
export function fitItems(
  { store, prefs }: Pick<BoardContextValue, 'store' | 'prefs'>,
  ids: Iterable<string>,
  viewport: Viewport,
  scale: DayScale,
): boolean {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const id of ids) {
    const item = store.getItem(id);
    if (!item) continue;
    min = Math.min(min, toDayNumber(item.start));
    max = Math.max(max, toDayNumber(item.end));
  }
  if (min > max) return false;
  const track = viewport.trackWidth();
  const ppd = fitPpd(max - min + 1, track);
  const anchor = { day: (min + max + 1) / 2, offset: track / 2 };
  if (ppd === scale.ppd) viewport.scrollToDay(anchor.day, 0.5);
  else {
    viewport.pendingAnchor.current = anchor;
    prefs.ppd.set(ppd);
  }
  return true;
}
