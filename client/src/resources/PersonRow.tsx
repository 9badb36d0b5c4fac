import { useDraggable, useDroppable } from '@dnd-kit/core';
import { FULL_TIME_HOURS, initials, type LoadWindow, type Person } from '@planroom/shared';
import { memo } from 'react';
import type { DayScale } from '../timeline/timeScale';
import type { DayWindow } from '../timeline/useViewport';
import { openPerson } from './actions';
import type { PersonRowData } from './capacityModel';
import { LoadStrip } from './LoadStrip';
import { loadLook } from './loadScale';
import { useResourceBoard } from './ResourcesContext';
import type { ResourceRowLayout } from './resourceLayout';
import { NO_TEAM } from './resourceRows';
import { capacityText, hoursText } from './resourceText';
import { TrackBars } from './TrackBars';
import type { ResourceDrag, ResourceDrop } from './useResourceDnd';

interface Props {
  data: PersonRowData;
  teamId: string | null;
  bars: ResourceRowLayout;
  scale: DayScale;
  range: DayWindow;
  window: LoadWindow | null;
  /** Weeks [from, to) counted for the "over" warning: this week to the end of next quarter. */
  ahead: readonly [number, number];
}

function overWeeks(data: PersonRowData, [from, to]: readonly [number, number]): number {
  let n = 0;
  for (let w = from; w < to; w++) if (loadLook(data.load?.load[w] ?? 0, data.load?.capacity[w] ?? 0).over) n++;
  return n;
}

/**
 * One person: who they are and their capacity, their assignments as bars on the shared
 * time scale, and their weekly load under them. The whole row takes a dropped bar (it
 * becomes theirs) or a dropped person (they join this person's team).
 */
export const PersonRow = memo(function PersonRow({ data, teamId, bars, scale, range, window, ahead }: Props) {
  const ctx = useResourceBoard();
  const { person } = data;
  const drop: ResourceDrop = { type: 'person', personId: person.id, teamId };
  const { setNodeRef, isOver } = useDroppable({ id: `drop-person:${person.id}`, data: drop, disabled: !ctx.canEdit });
  const over = overWeeks(data, ahead);

  return (
    <div
      ref={setNodeRef}
      className={`res-row res-person${isOver ? ' is-drop-target' : ''}`}
      style={{ height: bars.height }}
      data-testid="person-row"
      data-person-id={person.id}
      data-team-id={teamId ?? NO_TEAM}
      data-over-weeks={over}
    >
      <PersonHead person={person} teamId={teamId} over={over} />
      <div className="res-track" style={{ width: scale.width }}>
        <TrackBars assignments={data.assignments} person={person} bars={bars} scale={scale} range={range} />
        {window && data.load && (
          <LoadStrip
            personId={person.id}
            name={person.name}
            load={data.load.load}
            capacity={data.load.capacity}
            window={window}
            scale={scale}
            range={range}
            top={bars.stripTop}
          />
        )}
      </div>
    </div>
  );
});

const PersonHead = memo(function PersonHead(props: { person: Person; teamId: string | null; over: number }) {
  const ctx = useResourceBoard();
  const { person, over } = props;
  return (
    <div className="res-head person-head">
      {ctx.canEdit && <PersonHandle person={person} teamId={props.teamId} />}
      <span className="avatar" style={{ background: person.color }} aria-hidden="true">
        {initials(person.name)}
      </span>
      <button
        type="button"
        className="person-name"
        data-testid="person-name"
        title={`${person.name}: ${ctx.canEdit ? 'edit role, team, capacity, time off' : 'details'}`}
        onClick={() => openPerson(ctx, person.id)}
      >
        {person.name}
      </button>
      <span className="person-capacity" title={`Capacity: ${capacityText(person)}`}>
        {hoursText(person.capacityHoursPerWeek)} h/wk
      </span>
      <span className="person-meta">
        {person.role || 'No role'}
        {person.capacityHoursPerWeek < FULL_TIME_HOURS ? ' · part-time' : ''}
      </span>
      {over > 0 && (
        <span
          className="over-badge"
          data-testid="over-badge"
          title="Weeks over capacity from this week to the end of next quarter"
        >
          <span aria-hidden="true">!</span> Over in {over} week{over === 1 ? '' : 's'}
        </span>
      )}
    </div>
  );
});

/** The grip that moves a person to another team's lane. */
function PersonHandle({ person, teamId }: { person: Person; teamId: string | null }) {
  const data: ResourceDrag = { type: 'person', personId: person.id, teamId };
  const drag = useDraggable({ id: `person:${person.id}`, data });
  return (
    <button
      ref={drag.setNodeRef}
      type="button"
      className={`person-handle${drag.isDragging ? ' is-dragging' : ''}`}
      data-testid="person-handle"
      title="Drag to another team"
      aria-label={`Move ${person.name} to another team`}
      aria-roledescription={drag.attributes['aria-roledescription']}
      {...drag.listeners}
    >
      <svg width="8" height="14" viewBox="0 0 8 14" aria-hidden="true" focusable="false">
        {[2, 7, 12].flatMap((y) => [
          <circle key={`a${y}`} cx="2" cy={y} r="1.3" fill="currentColor" />,
          <circle key={`b${y}`} cx="6" cy={y} r="1.3" fill="currentColor" />,
        ])}
      </svg>
    </button>
  );
}
