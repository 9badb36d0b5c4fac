import { useDroppable } from '@dnd-kit/core';
import { balance, type LoadWindow } from '@planroom/shared';
import { memo } from 'react';
import type { DayScale } from '../timeline/timeScale';
import type { DayWindow } from '../timeline/useViewport';
import type { RoleRowData } from './capacityModel';
import { DemandStrip } from './LoadStrip';
import { type Period, weekRange } from './loadWeeks';
import { useResourceBoard } from './ResourcesContext';
import { RES, type ResourceRowLayout } from './resourceLayout';
import { hoursText, roleName } from './resourceText';
import { TrackBars } from './TrackBars';
import type { ResourceDrop } from './useResourceDnd';

/**
 * The "Unstaffed" lane's header: work that names a role but nobody yet, with how much of
 * it falls in next quarter. A bar dropped here is released as demand for its role.
 */
export const UnstaffedHeader = memo(function UnstaffedHeader(props: {
  roleCount: number;
  /** Demand of every role, per week of the report. */
  total: Float64Array;
  window: LoadWindow | null;
  quarter: Period;
}) {
  const ctx = useResourceBoard();
  const { total } = props;
  const drop: ResourceDrop = { type: 'unstaffed' };
  const { setNodeRef, isOver } = useDroppable({ id: 'drop-unstaffed', data: drop, disabled: !ctx.canEdit });
  // no capacity stands against unstaffed demand: all of it is a shortfall
  const next = props.window
    ? balance(
        total,
        new Float64Array(total.length),
        ...weekRange(props.window, props.quarter.fromDay, props.quarter.toDay),
      )
    : null;
  return (
    <div
      ref={setNodeRef}
      className={`res-row res-unstaffed${isOver ? ' is-drop-target' : ''}`}
      style={{ height: RES.unstaffed }}
      data-testid="unstaffed-lane"
    >
      <div className="res-head unstaffed-head">
        <span className="team-name">Unstaffed</span>
        <span className="team-count" data-testid="unstaffed-summary">
          {props.roleCount === 0
            ? 'No open demand'
            : `Next quarter: ${hoursText(next?.demand ?? 0)} h needed (${(-(next?.fte ?? 0)).toFixed(1)} FTE)`}
        </span>
      </div>
      <div className="res-track unstaffed-track">
        {ctx.canEdit && (
          <span className="unstaffed-hint">
            Drag a bar here to release it as demand for its role; drag demand onto a person to staff it.
          </span>
        )}
      </div>
    </div>
  );
});

/** One role still to staff: its demand bars (labelled with the role) and hours needed per week. */
export const RoleRow = memo(function RoleRow(props: {
  data: RoleRowData;
  bars: ResourceRowLayout;
  scale: DayScale;
  range: DayWindow;
  window: LoadWindow | null;
}) {
  const { data, bars, scale, range, window } = props;
  const ctx = useResourceBoard();
  const drop: ResourceDrop = { type: 'role', role: data.role };
  const { setNodeRef, isOver } = useDroppable({ id: `drop-role:${data.role}`, data: drop, disabled: !ctx.canEdit });
  const items = new Set(data.assignments.map((a) => a.itemId)).size;
  return (
    <div
      ref={setNodeRef}
      className={`res-row res-role${isOver ? ' is-drop-target' : ''}`}
      style={{ height: bars.height }}
      data-testid="role-row"
      data-role={data.role}
    >
      <div className="res-head role-head">
        <span className="role-mark" aria-hidden="true">
          ?
        </span>
        <span className="person-name role-name">{roleName(data.role)}</span>
        <span className="person-meta">
          Nobody yet · {items} item{items === 1 ? '' : 's'}
        </span>
      </div>
      <div className="res-track" style={{ width: scale.width }}>
        <TrackBars assignments={data.assignments} person={undefined} bars={bars} scale={scale} range={range} />
        {window && data.demand && (
          <DemandStrip
            role={data.role}
            demand={data.demand}
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
