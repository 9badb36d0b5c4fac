import { useDroppable } from '@dnd-kit/core';
import { type MouseEvent, memo, useMemo, useRef } from 'react';
import { useNearViewport } from '../hooks/useNearViewport';
import { useItemSpansInLane } from '../hooks/useYjs';
import { NO_LANE } from '../lib/boardStore';
import { layoutLane } from '../lib/laneLayout';
import { type DayScale, dayIso } from '../lib/timeScale';
import { newItem } from './actions';
import { Bar } from './Bar';
import { useBoard } from './BoardContext';
import { LaneHeader } from './LaneHeader';

export interface DayWindow {
  from: number;
  to: number;
}

interface LaneRowProps {
  /** A lane id, or NO_LANE for the final row of items without a lane. */
  bucket: string;
  index: number;
  laneCount: number;
  scale: DayScale;
  window: DayWindow;
}

/** Drop targets carry the lane an item lands in (null: no lane). */
export interface LaneDropData {
  laneId: string | null;
}

/**
 * One swimlane: its title cell and a track of bars. Re-renders when an item of this lane
 * moves (packing may change), on zoom, or when the visible window crosses a chunk.
 */
export const LaneRow = memo(function LaneRow({ bucket, index, laneCount, scale, window }: LaneRowProps) {
  const ctx = useBoard();
  const spans = useItemSpansInLane(bucket);
  const layout = useMemo(() => layoutLane(spans, scale), [spans, scale]);
  const laneId = bucket === NO_LANE ? null : bucket;
  const data: LaneDropData = { laneId };
  const { setNodeRef, isOver } = useDroppable({ id: `lane:${bucket || 'none'}`, data, disabled: !ctx.canEdit });
  const rowRef = useRef<HTMLDivElement>(null);
  const near = useNearViewport(rowRef, index < 12);

  function onDoubleClick(event: MouseEvent<HTMLDivElement>) {
    if (!ctx.canEdit || event.target !== event.currentTarget) return;
    const x = event.clientX - event.currentTarget.getBoundingClientRect().left;
    newItem(ctx, { laneId, start: dayIso(scale.dayAt(x)) });
  }

  // Only bars in (or near) view: the time window horizontally, lanes near the view vertically.
  const visible = near ? spans.filter((s) => s.end >= window.from && s.start < window.to) : [];
  const testId = laneId ? { 'data-testid': 'lane', 'data-lane-id': laneId } : { 'data-testid': 'no-lane' };

  return (
    <div
      ref={rowRef}
      className={`lane${laneId ? '' : ' lane-none'}${isOver ? ' is-over' : ''}`}
      style={{ height: layout.height }}
      {...testId}
    >
      <LaneHeader laneId={laneId} index={index} laneCount={laneCount} itemCount={spans.length} />
      {/* biome-ignore lint/a11y/noStaticElementInteractions: double-click is a pointer shortcut; "New item" and N do the same from the keyboard */}
      <div
        ref={setNodeRef}
        className="lane-track"
        style={{ width: scale.width }}
        onDoubleClick={onDoubleClick}
        title={ctx.canEdit ? 'Double-click to add an item on that day' : undefined}
      >
        {visible.map((span) => {
          const box = layout.boxes.get(span.id);
          if (!box) return null;
          return (
            <Bar
              key={span.id}
              id={span.id}
              x={box.x}
              width={box.width}
              row={box.row}
              labelOutside={box.labelOutside}
              ppd={scale.ppd}
            />
          );
        })}
      </div>
    </div>
  );
});
