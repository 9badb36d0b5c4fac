import { DndContext, DragOverlay, pointerWithin } from '@dnd-kit/core';
import type { LoadWindow } from '@planroom/shared';
import { useEffect, useMemo, useRef } from 'react';
import { useT } from '../i18n/useT';
import { useBoardSpace } from '../timeline/boardSpace';
import { rowRange } from '../timeline/rowGeometry';
import { TimeCanvas } from '../timeline/TimeCanvas';
import { useScale, useTimeAxis } from '../timeline/TimelineContext';
import { type DayScale, dayIso, isoDay } from '../timeline/timeScale';
import { useTimeCanvas } from '../timeline/useTimeCanvas';
import type { DayWindow } from '../timeline/useViewport';
import { PlusIcon } from '../ui/icons';
import { addPerson, addTeam } from './actions';
import { LoadTip } from './LoadStrip';
import { nextQuarter, type Period, reportWindow, weekRange } from './loadWeeks';
import { PersonChip } from './PersonChip';
import { PersonPanel } from './PersonPanel';
import { PersonRow } from './PersonRow';
import { ResourceDialogs } from './ResourceDialogs';
import { type ResourcesContextValue, useResourceBoard } from './ResourcesContext';
import { TeamRow } from './TeamRow';
import { RoleRow, UnstaffedHeader } from './UnstaffedRows';
import { useResourceControls } from './useResourceControls';
import { RESOURCE_MODIFIERS, useResourceDnd } from './useResourceDnd';
import { type PlacedRow, useResourceLayout } from './useResourceLayout';
import { type DayRange, useVisibleDays } from './useVisibleDays';

const screenReaderInstructions = {
  draggable:
    'Drag a bar with a pointer onto another person to reassign it, or onto Unstaffed to release it; drag a person’s handle onto another team. From the keyboard, open the item or the person and change it in the panel.',
};

/**
 * The resource view: a lane per team with a row per person (their assignments as bars on
 * the roadmap's time scale, their weekly load under them), "No team", and the unstaffed
 * demand by role. It reads the same document as the roadmap, so a move in one shows in
 * the other; only rows near the view are rendered.
 */
export function ResourceView() {
  const ctx = useResourceBoard();
  const { resources } = ctx;
  const { model } = resources;
  const axis = useTimeAxis();
  const scale = useScale();
  const scrollRef = useRef<HTMLDivElement>(null);
  const canvas = useTimeCanvas(axis, ctx.prefs.ppd, scrollRef, scale);
  const { today, meta, viewport } = canvas;
  useResourceControls(ctx, scrollRef, viewport, scale);
  const visible = useVisibleDays(scrollRef, scale, canvas.laneColumn);
  const quarter = useMemo(
    () => nextQuarter(dayIso(today), meta.fiscalYearStartMonth),
    [today, meta.fiscalYearStartMonth],
  );
  useEffect(
    () => model.setWindow(reportWindow(scale.fromDay, scale.toDay, [quarter])),
    [model, scale.fromDay, scale.toDay, quarter],
  );
  const { rows, offsets } = useResourceLayout(model, scale);
  const keys = useMemo(() => rows.map((r) => r.row.key), [rows]);
  useBoardSpace(ctx.session.space, { mode: 'resources', scale, header: canvas.header, keys, offsets }, scrollRef);
  const window = model.getWindow();
  const ahead = useMemo(() => weeksAhead(window, today, quarter), [window, today, quarter]);
  const dnd = useResourceDnd(ctx);

  // one side panel at a time: opening an item closes the person
  useEffect(
    () =>
      ctx.session.selection.subscribe(() => {
        if (ctx.session.selection.get()) resources.session.person.set(null);
      }),
    [ctx.session, resources.session],
  );

  const peopleCount = rows.filter((r) => r.row.kind === 'person').length;
  const [first, last] = peopleCount
    ? rowRange(offsets, viewport.band.y0, viewport.band.y1)
    : ([0, rows.length] as [number, number]);
  const total = offsets.at(-1) ?? 0;
  const teamRows = rows.filter((r) => r.row.kind === 'team' && r.row.teamId !== null);
  const shared = { scale, range: viewport.window, window, visible, quarter, ahead };

  return (
    <>
      <DndContext
        sensors={dnd.sensors}
        modifiers={RESOURCE_MODIFIERS}
        collisionDetection={pointerWithin}
        onDragStart={dnd.onDragStart}
        onDragEnd={dnd.onDragEnd}
        onDragCancel={dnd.onDragCancel}
        accessibility={{ screenReaderInstructions }}
        // drags only go up and down: scrolling sideways near the name column would only lose the place
        autoScroll={{ threshold: { x: 0, y: 0.15 } }}
      >
        <TimeCanvas
          className="res-scroll"
          scrollRef={scrollRef}
          scale={scale}
          canvas={canvas}
          corner={{ label: 'People', count: peopleCount }}
          rows={rows.length}
          data-testid="resources"
          // a wheel or a press moves things under the tooltip (a scroll event comes a frame
          // late, after the pointer may already be on the next week)
          onWheel={() => resources.session.tip.set(null)}
          onPointerDown={() => resources.session.tip.set(null)}
        >
          {peopleCount === 0 && <EmptyState ctx={ctx} />}
          <div style={{ height: offsets[first] ?? 0 }} />
          {rows.slice(first, last).map((placed) => (
            <Row key={placed.row.key} placed={placed} teamRows={teamRows} ctx={ctx} {...shared} />
          ))}
          <div style={{ height: total - (offsets[last] ?? total) }} />
          {ctx.canEdit && peopleCount > 0 && <AddButtons ctx={ctx} className="lane-add" first="subtle small" />}
        </TimeCanvas>
        <DragOverlay dropAnimation={null}>
          {dnd.active?.type === 'person' ? <PersonChip personId={dnd.active.personId} /> : null}
        </DragOverlay>
      </DndContext>
      <PersonPanel />
      <LoadTip />
      <ResourceDialogs />
    </>
  );
}

interface RowProps {
  placed: PlacedRow;
  teamRows: readonly PlacedRow[];
  ctx: ResourcesContextValue;
  scale: DayScale;
  range: DayWindow;
  window: LoadWindow | null;
  visible: DayRange;
  quarter: Period;
  ahead: readonly [number, number];
}

function Row({ placed, teamRows, ctx, scale, range, window, visible, quarter, ahead }: RowProps) {
  const { model } = ctx.resources;
  const { row, bars } = placed;
  switch (row.kind) {
    case 'team':
      return (
        <TeamRow
          teamId={row.teamId}
          memberCount={row.memberIds.length}
          index={teamRows.indexOf(placed)}
          teamCount={teamRows.length}
          series={model.teamSeries(row.teamId)}
          window={window}
          scale={scale}
          range={range}
          visible={visible}
          quarter={quarter}
        />
      );
    case 'person': {
      const data = model.personRow(row.personId);
      if (!data || !bars) return null;
      return (
        <PersonRow
          data={data}
          teamId={row.teamId}
          bars={bars}
          scale={scale}
          range={range}
          window={window}
          ahead={ahead}
        />
      );
    }
    case 'unstaffed':
      return (
        <UnstaffedHeader
          roleCount={row.roles.length}
          total={model.getUnstaffedTotal()}
          window={window}
          quarter={quarter}
        />
      );
    case 'role': {
      const data = model.roleRow(row.role);
      if (!data || !bars) return null;
      return <RoleRow data={data} bars={bars} scale={scale} range={range} window={window} />;
    }
  }
}

/** From this week to the end of next quarter: where an over-allocation still matters. */
function weeksAhead(window: LoadWindow | null, today: number, quarter: Period): readonly [number, number] {
  if (!window) return [0, 0];
  const thisWeek = Math.max(0, Math.floor((today - isoDay(window.start)) / 7));
  return [thisWeek, weekRange(window, quarter.fromDay, quarter.toDay)[1]];
}

function EmptyState({ ctx }: { ctx: ResourcesContextValue }) {
  const t = useT();
  return (
    <div className="res-empty" data-testid="resources-empty">
      <p className="res-empty-title">{t('resources.emptyTitle')}</p>
      <p className="muted">{t('resources.emptyBody')}</p>
      {ctx.canEdit && <AddButtons ctx={ctx} className="res-empty-actions" first="primary" second="" />}
    </div>
  );
}

/** "Add person" and "Add team": under the rows, or in the empty state. */
function AddButtons(props: { ctx: ResourcesContextValue; className: string; first: string; second?: string }) {
  const { ctx, className, first, second = first } = props;
  const t = useT();
  return (
    <div className={className}>
      <button type="button" className={`button ${first}`.trim()} onClick={() => addPerson(ctx, null)}>
        <PlusIcon size={14} />
        {t('resources.addPerson')}
      </button>
      <button type="button" className={`button ${second}`.trim()} onClick={() => addTeam(ctx)}>
        <PlusIcon size={14} />
        {t('resources.addTeam')}
      </button>
    </div>
  );
}
