import { DndContext, pointerWithin } from '@dnd-kit/core';
import { createLane } from '@planroom/shared';
import { useCallback, useMemo, useRef, useSyncExternalStore } from 'react';
import { edit } from '../core/edit';
import { useT } from '../i18n/useT';
import { BAR_HEIGHT } from '../timeline/bars';
import { useBoardSpace } from '../timeline/boardSpace';
import { rowRange, rowRuns } from '../timeline/rowGeometry';
import { TimeCanvas } from '../timeline/TimeCanvas';
import { useTimeCanvas } from '../timeline/useTimeCanvas';
import { PlusIcon } from '../ui/icons';
import { DependencyLayer, LinkDraft } from './DependencyLayer';
import { GhostLayer, RubberBand } from './DragLayers';
import { GroupRow } from './GroupRow';
import { useRoadmap } from './RoadmapContext';
import { useBoardDnd } from './useBoardDnd';
import { useStructure } from './useLayout';
import { useTimelineControls } from './useTimelineControls';

const CORNER_LABELS = { lane: 'Lanes', program: 'Programs', owner: 'Owners', status: 'Statuses', goal: 'Goals' };

const screenReaderInstructions = {
  draggable:
    'Drag with a pointer to move this item in time or to another lane, or drag its edges to change its dates. From the keyboard, Shift and the arrow keys move the selected items by a day, and Enter opens the details.',
};

/**
 * The roadmap: rows (lanes, or programs, people, statuses, goals) of bars on a time scale,
 * with dependency arrows over them. Only rows near the view are rendered, and in them
 * only bars near the visible days.
 */
export function Timeline() {
  const ctx = useRoadmap();
  const { canEdit, session } = ctx;
  const { scale, keys, offsets, group } = useStructure();
  const scrollRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const canvas = useTimeCanvas(ctx.engine, ctx.prefs.ppd, scrollRef, scale);
  const t = useT();
  const { header, viewport, laneColumn } = canvas;
  const itemBox = useCallback(
    (id: string) => {
      const place = ctx.engine.getPlace(id);
      return place ? { y: place.y, height: BAR_HEIGHT } : null;
    },
    [ctx.engine],
  );
  useBoardSpace(session.space, { mode: 'roadmap', scale, header, keys, offsets, itemBox }, scrollRef);
  useTimelineControls(ctx, scrollRef, viewport, scale, header, laneColumn);
  const insets = useMemo(() => ({ left: laneColumn, top: header }), [header, laneColumn]);
  const dnd = useBoardDnd(ctx, scale.ppd, group === 'lane', scrollRef, insets);

  const [first, last] = rowRange(offsets, viewport.band.y0, viewport.band.y1);
  const runs = rowRuns(first, last, useDraggedRows());
  const total = offsets.at(-1) ?? 0;
  const laneCount = group === 'lane' ? keys.filter((k) => k !== 'none').length : 0;

  function addLane() {
    let id: string | null = null;
    edit(ctx, () => {
      id = createLane(ctx.doc, { title: 'New lane' });
    });
    if (id) session.focusLane.set(id);
  }

  return (
    <DndContext
      sensors={dnd.sensors}
      collisionDetection={pointerWithin}
      autoScroll={false}
      onDragStart={dnd.onDragStart}
      onDragEnd={dnd.onDragEnd}
      onDragCancel={dnd.onDragCancel}
      accessibility={{ screenReaderInstructions }}
    >
      <TimeCanvas
        scrollRef={scrollRef}
        bodyRef={bodyRef}
        scale={scale}
        canvas={canvas}
        corner={{ label: CORNER_LABELS[group], count: keys.length }}
        rows={keys.length}
        data-testid="timeline"
        data-group={group}
      >
        {runs.flatMap(([from, to], r) => [
          <div
            key={`gap:${keys[from]}`}
            style={{ height: (offsets[from] ?? 0) - (offsets[runs[r - 1]?.[1] ?? 0] ?? 0) }}
          />,
          ...keys
            .slice(from, to)
            .map((key, i) => (
              <GroupRow
                key={key}
                rowKey={key}
                index={from + i}
                laneCount={laneCount}
                scale={scale}
                window={viewport.window}
                group={group}
              />
            )),
        ])}
        <div style={{ height: total - (offsets[runs.at(-1)?.[1] ?? 0] ?? total) }} />
        <DependencyLayer scale={scale} window={viewport.window} band={viewport.band} height={total} />
        <GhostLayer ppd={scale.ppd} laneColumn={laneColumn} />
        <RubberBand bodyRef={bodyRef} laneColumn={laneColumn} />
        {canEdit && group === 'lane' && (
          <div className="lane-add">
            <button type="button" className="button subtle small" onClick={addLane}>
              <PlusIcon size={14} />
              {t('lane.add')}
            </button>
          </div>
        )}
      </TimeCanvas>
      <LinkDraft />
    </DndContext>
  );
}

const NO_ROWS: readonly number[] = [];

/** The rows the bars being dragged came from: they stay rendered however far the board scrolls. */
function useDraggedRows(): readonly number[] {
  const { session, engine } = useRoadmap();
  const key = useSyncExternalStore(session.drag.subscribe, () => {
    const drag = session.drag.get();
    if (!drag) return '';
    const rows = new Set<number>();
    for (const id of [drag.active, ...drag.moving]) rows.add(engine.getPlace(id)?.rowIndex ?? -1);
    return [...rows].join(',');
  });
  const parse = useCallback((k: string) => (k ? k.split(',').map(Number) : NO_ROWS), []);
  return useMemo(() => parse(key), [key, parse]);
}
