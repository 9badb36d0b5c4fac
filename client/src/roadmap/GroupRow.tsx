import { useDroppable } from '@dnd-kit/core';
import type { GroupBy } from '@planroom/shared';
import { type MouseEvent, memo, useMemo, useSyncExternalStore } from 'react';
import type { BarBox } from '../timeline/bars';
import { type DayScale, dayIso } from '../timeline/timeScale';
import type { DayWindow } from '../timeline/useViewport';
import { newItem } from './actions';
import { Bar } from './Bar';
import { BaselineBar } from './BaselineBar';
import { roomsOf } from './barLabels';
import type { RowDropData } from './dropItem';
import { GroupHeader } from './GroupHeader';
import { LaneHeader } from './LaneHeader';
import type { RowEntry } from './layoutEngine';
import { useRoadmap } from './RoadmapContext';
import { Caret, RollupBand } from './RowMarks';
import { useRowEntry } from './useLayout';

interface Props {
  rowKey: string;
  /** Index among lane rows (for moving lanes up and down). */
  index: number;
  laneCount: number;
  scale: DayScale;
  window: DayWindow;
  group: GroupBy;
}

/** Bars whose label sits beside them may start a little left of the window and still show. */
const LABEL_REACH = 260;

function testIds(entry: RowEntry) {
  if (entry.kind === 'lane') return { 'data-testid': 'lane', 'data-lane-id': entry.key };
  if (entry.kind === 'no-lane') return { 'data-testid': 'no-lane' };
  return { 'data-testid': 'group-row', 'data-group-key': entry.key };
}

/**
 * One row of the roadmap (a lane, or a program, person, status or goal): its title cell
 * and a track of bars. Re-renders when its own boxes change, on zoom, or when the visible
 * window crosses a chunk; never for an edit in another row.
 */
export const GroupRow = memo(function GroupRow({ rowKey, index, laneCount, scale, window, group }: Props) {
  const ctx = useRoadmap();
  const entry = useRowEntry(rowKey);
  const dragged = useDragged();
  const lanes = entry !== undefined && entry.kind !== 'group';
  const laneId = entry?.kind === 'lane' ? rowKey : null;
  const data: RowDropData = { laneId };
  const { setNodeRef, isOver } = useDroppable({
    id: `row:${rowKey}`,
    data: lanes ? data : {},
    disabled: !ctx.canEdit || !lanes,
  });
  if (!entry) return null;

  function onDoubleClick(event: MouseEvent<HTMLDivElement>) {
    if (!ctx.canEdit || !lanes || event.target !== event.currentTarget) return;
    const x = event.clientX - event.currentTarget.getBoundingClientRect().left;
    newItem(ctx, { laneId, start: dayIso(scale.dayAt(x)) });
  }

  const x0 = scale.x(window.from) - LABEL_REACH;
  const x1 = scale.x(window.to);
  const visible = [...entry.layout.boxes].filter(
    ([id, box]) => (box.x + box.width >= x0 && box.x < x1) || dragged.has(id),
  );
  const shown = entry.itemIds.length;
  const room = roomsOf(entry.layout.boxes, scale.width);

  return (
    <div
      className={`lane${entry.kind === 'no-lane' ? ' lane-none' : ''}${entry.kind === 'group' ? ' lane-group' : ''}${isOver ? ' is-over' : ''}`}
      style={{ height: entry.layout.height }}
      {...testIds(entry)}
    >
      {lanes ? (
        <LaneHeader laneId={laneId} index={index} laneCount={laneCount} itemCount={shown} total={entry.total} />
      ) : (
        <GroupHeader entry={entry} group={group} />
      )}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: double-click is a pointer shortcut; "New item" and N do the same from the keyboard */}
      <div
        ref={setNodeRef}
        className="lane-track"
        style={{ width: scale.width }}
        onDoubleClick={onDoubleClick}
        title={ctx.canEdit && lanes ? 'Double-click to add an item on that day; drag to select' : undefined}
      >
        {visible.map(([id, box]) => (
          <RowItem
            key={id}
            id={id}
            rowKey={rowKey}
            box={box}
            scale={scale}
            draggableRows={lanes}
            parent={entry.parents.has(id)}
            room={room.get(id) ?? 0}
          />
        ))}
      </div>
    </div>
  );
});

const NOTHING: ReadonlySet<string> = new Set();

/**
 * The bars being dragged: they stay rendered wherever the board scrolls, or the bar under
 * the pointer would vanish once its own days leave the rendered window. The set is the
 * same object for the whole drag, so rows render again only when a drag starts and ends.
 */
function useDragged(): ReadonlySet<string> {
  const { session } = useRoadmap();
  const moving = useSyncExternalStore(session.drag.subscribe, () => session.drag.get()?.moving ?? NOTHING);
  const active = useSyncExternalStore(session.drag.subscribe, () => session.drag.get()?.active ?? null);
  return useMemo(() => (active && !moving.has(active) ? new Set([...moving, active]) : moving), [moving, active]);
}

function RowItem({
  id,
  rowKey,
  box,
  scale,
  draggableRows,
  parent,
  room,
}: {
  id: string;
  /** Has children somewhere on the board: shows its roll-up. */
  parent: boolean;
  room: number;
  rowKey: string;
  box: BarBox;
  scale: DayScale;
  draggableRows: boolean;
}) {
  return (
    <>
      {parent && <RollupBand id={id} row={box.row} scale={scale} />}
      {box.children > 0 && <Caret id={id} x={box.x} row={box.row} collapsed={box.collapsed} />}
      <BaselineBar id={id} x={box.x} row={box.row} ppd={scale.ppd} />
      <Bar
        id={id}
        rowKey={rowKey}
        x={box.x}
        width={box.width}
        row={box.row}
        labelOutside={box.labelOutside}
        room={room}
        ppd={scale.ppd}
        vertical={draggableRows}
      />
    </>
  );
}
