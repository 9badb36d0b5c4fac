import type { DragEndEvent, DragStartEvent } from '@dnd-kit/core';
import { descendantsOf } from '@planroom/shared';
import { type RefObject, useEffect, useRef } from 'react';
import { useDragSensors } from '../ui/useDragSensors';
import { dependentsOf } from './actions';
import { deltaDays, dragModeOf, isDragData } from './dragMath';
import { DragTracker, type Offset, type TrackInsets } from './dragTracker';
import { dropItem } from './dropItem';
import type { RoadmapContextValue } from './RoadmapContext';

/**
 * Dragging bars with @dnd-kit: a pointer sensor (4 px, so a click still selects) and the
 * rows as drop targets. How far a bar went is ours, not dnd-kit's: a DragTracker adds the
 * scroll box's scrolling to the pointer's move and scrolls at the edges itself, so the
 * preview in the session (the bar, the selection moving along, ghost bars of dependents
 * with "move dependents") and the drop agree on the date under the pointer. The drop
 * writes once. dnd-kit's own auto-scroll stays off.
 */
export function useBoardDnd(
  ctx: RoadmapContextValue,
  ppd: number,
  rowsAreLanes: boolean,
  scrollRef: RefObject<HTMLDivElement | null>,
  insets: TrackInsets,
) {
  const { session } = ctx;
  const sensors = useDragSensors();
  const tracker = useRef<DragTracker | null>(null);
  useEffect(() => () => tracker.current?.stop(), []);

  function follow(offset: Offset) {
    const preview = session.drag.get();
    if (!preview) return;
    const days = deltaDays(offset.dx, ppd);
    const dy = preview.mode === 'move' && rowsAreLanes ? offset.dy : 0;
    if (days === preview.days && dy === preview.dy) return;
    const knockOn =
      preview.mode !== 'move' || days === preview.days ? preview.knockOn : dependentsOf(ctx, [...preview.moving], days);
    session.drag.set({ ...preview, days, dy, knockOn });
  }

  function stop() {
    tracker.current?.stop();
    tracker.current = null;
  }

  function onDragStart(event: DragStartEvent) {
    const data = event.active.data.current;
    const el = scrollRef.current;
    if (!isDragData(data) || !el) return;
    const target = event.activatorEvent?.target;
    const mode = dragModeOf(target instanceof HTMLElement ? target.dataset.handle : undefined);
    const selected = session.selected.get();
    if (!selected.has(data.itemId)) session.select(data.itemId, session.panelOpen.get());
    const picked = mode !== 'move' ? [] : selected.has(data.itemId) ? [...selected] : [data.itemId];
    const moving = new Set([...picked, ...descendantsOf(ctx.store.getItems(), picked)]);
    session.drag.set({ active: data.itemId, mode, picked, moving, days: 0, dy: 0, knockOn: new Map() });
    const start = event.activatorEvent instanceof PointerEvent ? event.activatorEvent : null;
    stop();
    if (start) {
      const vertical = mode === 'move' && rowsAreLanes;
      tracker.current = new DragTracker(el, insets, { x: start.clientX, y: start.clientY }, vertical, follow);
    }
  }

  function onDragEnd(event: DragEndEvent) {
    if (tracker.current) follow(tracker.current.offset());
    stop();
    const preview = session.drag.get();
    session.drag.set(null);
    if (preview) dropItem(ctx, preview, event.over?.data.current);
  }

  return {
    sensors,
    onDragStart,
    onDragEnd,
    onDragCancel: () => {
      stop();
      session.drag.set(null);
    },
  };
}
