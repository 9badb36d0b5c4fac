import type { DragMoveEvent, DragStartEvent, Modifier } from '@dnd-kit/core';
import { descendantsOf } from '@planroom/shared';
import { useMemo } from 'react';
import { useDragSensors } from '../hooks/useDragSensors';
import { deltaDays, dragModeOf, isDragData, snapTransform } from '../lib/dragMath';
import { dependentsOf } from './actions';
import type { BoardContextValue } from './BoardContext';
import { dropItem } from './dropItem';

/**
 * Dragging bars with @dnd-kit: a pointer sensor (4 px, so a click still selects), a
 * modifier that snaps to whole days (and keeps bars in their row unless rows are lanes),
 * and a preview in the session while dragging: the selection moves along, and with "move
 * dependents" ghost bars show where successors would go. The drop writes once.
 */
export function useBoardDnd(ctx: BoardContextValue, ppd: number, rowsAreLanes: boolean) {
  const { session } = ctx;
  const sensors = useDragSensors();
  const modifiers = useMemo<Modifier[]>(
    () => [
      ({ transform }) => {
        const mode = session.drag.get()?.mode;
        const snapped = snapTransform(transform, ppd, mode);
        return rowsAreLanes ? snapped : { ...snapped, y: 0 };
      },
    ],
    [ppd, rowsAreLanes, session],
  );

  function onDragStart(event: DragStartEvent) {
    const data = event.active.data.current;
    if (!isDragData(data)) return;
    const target = event.activatorEvent?.target;
    const mode = dragModeOf(target instanceof HTMLElement ? target.dataset.handle : undefined);
    const selected = session.selected.get();
    if (!selected.has(data.itemId)) session.select(data.itemId, session.panelOpen.get());
    const picked = mode !== 'move' ? [] : selected.has(data.itemId) ? [...selected] : [data.itemId];
    const moving = new Set([...picked, ...descendantsOf(ctx.store.getItems(), picked)]);
    session.drag.set({ active: data.itemId, mode, picked, moving, days: 0, knockOn: new Map() });
  }

  function onDragMove(event: DragMoveEvent) {
    const preview = session.drag.get();
    if (preview?.mode !== 'move') return;
    const days = deltaDays(event.delta.x, ppd);
    if (days === preview.days) return;
    session.drag.set({ ...preview, days, knockOn: dependentsOf(ctx, [...preview.moving], days) });
  }

  return {
    sensors,
    modifiers,
    onDragStart,
    onDragMove,
    onDragEnd: (event: Parameters<typeof dropItem>[1]) => {
      dropItem(ctx, event, ppd, session.drag.get());
      session.drag.set(null);
    },
    onDragCancel: () => session.drag.set(null),
  };
}
