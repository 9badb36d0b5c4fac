import {
  DndContext,
  type DragStartEvent,
  type Modifier,
  PointerSensor,
  pointerWithin,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { createLane } from '@planroom/shared';
import { useMemo, useRef } from 'react';
import { useElementWidth } from '../hooks/useElementWidth';
import { useTimelineScroll } from '../hooks/useTimelineScroll';
import { useToday } from '../hooks/useToday';
import { useExtent, useItemSpansInLane, useLaneIds, useMeta } from '../hooks/useYjs';
import { NO_LANE } from '../lib/boardStore';
import { isDragData, snapTransform } from '../lib/dragMath';
import { boardRange, dayScale, PX_PER_DAY, type Zoom } from '../lib/timeScale';
import { edit } from './actions';
import { useBoard } from './BoardContext';
import { dropItem } from './dropItem';
import { PlusIcon } from './icons';
import { LaneRow } from './LaneRow';
import { TimeGrid, TimeHeader } from './TimeHeader';

export const LANE_COLUMN = 232;

const screenReaderInstructions = {
  draggable:
    'Drag with a pointer to move this item in time or to another lane, or drag its edges to change its dates. From the keyboard, press Enter and edit the dates in the details panel.',
};

/** The roadmap: lanes as rows, items as bars on a time scale. */
export function Timeline({ zoom }: { zoom: Zoom }) {
  const ctx = useBoard();
  const { canEdit, session } = ctx;
  const extent = useExtent();
  const today = useToday();
  const meta = useMeta();
  const laneIds = useLaneIds();
  const noLane = useItemSpansInLane(NO_LANE);
  const ppd = PX_PER_DAY[zoom];
  const scrollRef = useRef<HTMLDivElement>(null);
  // The range always fills the screen (rounded, so a resize rarely changes it).
  const viewWidth = Math.ceil(useElementWidth(scrollRef) / 400) * 400;
  const [from, to] = boardRange(extent, today, Math.ceil(viewWidth / ppd));
  const scale = useMemo(() => dayScale(from, to, ppd), [from, to, ppd]);
  const { window } = useTimelineScroll(scrollRef, scale, LANE_COLUMN, today);

  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }));
  const modifiers = useMemo<Modifier[]>(
    () => [
      ({ transform, active }) => {
        const data = active?.data.current;
        return snapTransform(transform, ppd, isDragData(data) ? data.mode : undefined);
      },
    ],
    [ppd],
  );

  function onDragStart(event: DragStartEvent) {
    const data = event.active.data.current;
    if (isDragData(data) && session.selection.get() !== data.itemId)
      session.select(data.itemId, session.panelOpen.get());
  }

  function addLane() {
    let id: string | null = null;
    edit(ctx, () => {
      id = createLane(ctx.doc, { title: 'New lane' });
    });
    if (id) session.focusLane.set(id);
  }

  const showNoLane = noLane.length > 0 || laneIds.length === 0;
  const fiscal = meta.fiscalYearStartMonth;

  return (
    <DndContext
      sensors={sensors}
      modifiers={modifiers}
      collisionDetection={pointerWithin}
      onDragStart={onDragStart}
      onDragEnd={(event) => dropItem(ctx, event, ppd)}
      accessibility={{ screenReaderInstructions }}
    >
      <div className="tl-scroll" ref={scrollRef} data-testid="timeline" data-zoom={zoom} data-scroll-root>
        <div className="tl-canvas" style={{ width: LANE_COLUMN + scale.width }}>
          <TimeHeader
            scale={scale}
            zoom={zoom}
            window={window}
            fiscalYearStartMonth={fiscal}
            today={today}
            laneCount={laneIds.length}
          />
          <div className="tl-body">
            <TimeGrid scale={scale} zoom={zoom} window={window} fiscalYearStartMonth={fiscal} today={today} />
            {laneIds.map((id, index) => (
              <LaneRow key={id} bucket={id} index={index} laneCount={laneIds.length} scale={scale} window={window} />
            ))}
            {showNoLane && (
              <LaneRow
                bucket={NO_LANE}
                index={laneIds.length}
                laneCount={laneIds.length}
                scale={scale}
                window={window}
              />
            )}
            {canEdit && (
              <div className="lane-add">
                <button type="button" className="button subtle small" onClick={addLane}>
                  <PlusIcon size={14} />
                  Add lane
                </button>
              </div>
            )}
          </div>
        </div>
      </div>
    </DndContext>
  );
}
