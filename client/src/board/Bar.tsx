import { type DraggableAttributes, useDraggable } from '@dnd-kit/core';
import type { Item } from '@planroom/shared';
import { daysBetween } from '@planroom/shared';
import { memo } from 'react';
import { useIsSelected, useItem } from '../hooks/useYjs';
import type { DragData, DragMode } from '../lib/dragMath';
import { BAR_HEIGHT, rowTop } from '../lib/laneLayout';
import { useBoard } from './BoardContext';
import { STATUS_INFO, StatusIcon } from './icons';

interface BarProps {
  id: string;
  x: number;
  width: number;
  row: number;
  labelOutside: boolean;
  ppd: number;
}

function tooltip(item: Item): string {
  const status = STATUS_INFO[item.status];
  const when =
    item.kind === 'milestone'
      ? `Milestone on ${item.start}`
      : `${item.start} → ${item.end} (${daysBetween(item.start, item.end) + 1} days) · ${item.progress}% done`;
  return `${item.title}\n${status.label}: ${status.hint}\n${when}`;
}

function useBarDrag(id: string, mode: DragMode, disabled: boolean) {
  const data: DragData = { itemId: id, mode };
  return useDraggable({ id: `${mode}:${id}`, data, disabled });
}

/** dnd-kit's keyboard-drag hints would be wrong here: bars move by pointer or the panel. */
function pointerOnly(attributes: DraggableAttributes) {
  return { 'aria-roledescription': attributes['aria-roledescription'] };
}

/**
 * One item on the timeline. Memoised on its box: it re-renders when its own record
 * changes, when it is (de)selected, or while it is being dragged; never for a neighbour.
 */
export const Bar = memo(function Bar({ id, x, width, row, labelOutside, ppd }: BarProps) {
  const item = useItem(id);
  const selected = useIsSelected(id);
  const { canEdit, session } = useBoard();
  const milestone = item?.kind === 'milestone';
  const move = useBarDrag(id, 'move', !canEdit);
  const startHandle = useBarDrag(id, 'start', !canEdit || milestone);
  const endHandle = useBarDrag(id, 'end', !canEdit || milestone);
  if (!item) return null;

  let left = x;
  let w = width;
  if (startHandle.transform) {
    const dx = Math.min(startHandle.transform.x, width - ppd);
    left += dx;
    w -= dx;
  }
  if (endHandle.transform) w = Math.max(ppd, w + endHandle.transform.x);
  const dragging = move.isDragging || startHandle.isDragging || endHandle.isDragging;
  const t = move.transform;

  const className = [
    'bar',
    `kind-${item.kind}`,
    `status-${item.status}`,
    labelOutside ? 'label-outside' : '',
    selected ? 'is-selected' : '',
    dragging ? 'is-dragging' : '',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <button
      ref={move.setNodeRef}
      type="button"
      className={className}
      data-testid="bar"
      data-item-id={id}
      data-status={item.status}
      data-kind={item.kind}
      aria-label={item.title}
      aria-pressed={selected}
      title={tooltip(item)}
      style={{
        left,
        top: rowTop(row),
        width: w,
        height: BAR_HEIGHT,
        transform: t ? `translate3d(${t.x}px, ${t.y}px, 0)` : undefined,
      }}
      {...(canEdit ? { ...pointerOnly(move.attributes), ...move.listeners } : {})}
      onMouseDown={(e) => {
        // Focus without the browser scrolling a long bar into view under the pointer.
        e.preventDefault();
        e.currentTarget.focus({ preventScroll: true });
      }}
      onClick={() => session.select(id)}
    >
      {milestone ? (
        <span className="diamond" aria-hidden="true" />
      ) : (
        <span className="bar-progress" style={{ width: `${item.progress}%` }} aria-hidden="true" />
      )}
      <span className="bar-content">
        {!labelOutside && (
          <span className="bar-icon">
            <StatusIcon status={item.status} />
          </span>
        )}
        <span className="bar-label">
          {labelOutside && (
            <span className="bar-icon">
              <StatusIcon status={item.status} size={12} />
            </span>
          )}
          {item.title}
        </span>
      </span>
      {canEdit && !milestone && (
        <>
          <span
            ref={startHandle.setNodeRef}
            className="handle handle-start"
            data-testid="resize-handle"
            aria-hidden="true"
            {...startHandle.listeners}
          />
          <span
            ref={endHandle.setNodeRef}
            className="handle handle-end"
            data-testid="resize-handle"
            aria-hidden="true"
            {...endHandle.listeners}
          />
        </>
      )}
    </button>
  );
});
