import { useDroppable } from '@dnd-kit/core';
import { balance, type LoadWindow, type TeamSeries } from '@planroom/shared';
import { memo, type PointerEvent } from 'react';
import type { DayScale } from '../timeline/timeScale';
import type { DayWindow } from '../timeline/useViewport';
import { loadLook, percentText } from './loadScale';
import { monthsOverlapping, type Period, weekRange, weeksOverlapping } from './loadWeeks';
import { useResourceBoard } from './ResourcesContext';
import { RES } from './resourceLayout';
import { NO_TEAM } from './resourceRows';
import { balanceText, hoursText, signed } from './resourceText';
import { TeamHead } from './TeamHead';
import type { ResourceDrop } from './useResourceDnd';
import type { DayRange } from './useVisibleDays';

interface Props {
  teamId: string | null;
  memberCount: number;
  index: number;
  teamCount: number;
  series: TeamSeries | undefined;
  window: LoadWindow | null;
  scale: DayScale;
  range: DayWindow;
  visible: DayRange;
  quarter: Period;
}

/** Weeks narrower than this are summed into months. */
const MIN_WEEK_WIDTH = 14;

/**
 * A team's lane header: its name and tools, and demand against capacity: the balance in
 * hours and FTE for the days in view and for next quarter (shared's `balance`), and per
 * week (per month when zoomed far out) along the track. People dropped here join it.
 */
export const TeamRow = memo(function TeamRow(props: Props) {
  const { teamId, series, window, scale, range, visible, quarter } = props;
  const ctx = useResourceBoard();
  const drop: ResourceDrop = { type: 'team', teamId };
  const { setNodeRef, isOver } = useDroppable({
    id: `drop-team:${teamId ?? NO_TEAM}`,
    data: drop,
    disabled: !ctx.canEdit,
  });
  const totals =
    series && window
      ? {
          view: balance(series.demand, series.capacity, ...weekRange(window, visible.from, visible.to)),
          quarter: balance(series.demand, series.capacity, ...weekRange(window, quarter.fromDay, quarter.toDay)),
        }
      : null;

  return (
    <div
      ref={setNodeRef}
      className={`res-row res-team${teamId ? '' : ' is-none'}${isOver ? ' is-drop-target' : ''}`}
      style={{ height: RES.team }}
      data-testid="team-row"
      data-team-id={teamId ?? NO_TEAM}
    >
      <div className="res-head team-head">
        <TeamHead teamId={teamId} memberCount={props.memberCount} index={props.index} teamCount={props.teamCount} />
        <div
          className="team-summary"
          data-testid="team-summary"
          data-team-id={teamId ?? NO_TEAM}
          data-view-hours={totals ? Math.round(totals.view.hours) : undefined}
          data-quarter-hours={totals ? Math.round(totals.quarter.hours) : undefined}
          data-quarter-fte={totals ? Math.round(totals.quarter.fte * 10) / 10 : undefined}
        >
          {totals ? (
            <>
              <span
                className={tone(totals.view.hours)}
                title={`Days in view: demand ${hoursText(totals.view.demand)} h against capacity ${hoursText(totals.view.capacity)} h`}
              >
                In view: {balanceText(totals.view)}
              </span>
              <span
                className={tone(totals.quarter.hours)}
                title={`${quarter.label}: demand ${hoursText(totals.quarter.demand)} h against capacity ${hoursText(totals.quarter.capacity)} h`}
              >
                Next quarter: {balanceText(totals.quarter)}
              </span>
            </>
          ) : (
            <span className="muted">No people yet</span>
          )}
        </div>
      </div>
      <div className="res-track" style={{ width: scale.width }}>
        {series && window && <TeamCells series={series} window={window} scale={scale} range={range} />}
      </div>
    </div>
  );
});

const tone = (hours: number) => (Math.round(hours) < 0 ? 'is-short' : 'is-spare');

function TeamCells({
  series,
  window,
  scale,
  range,
}: {
  series: TeamSeries;
  window: LoadWindow;
  scale: DayScale;
  range: DayWindow;
}) {
  const { resources } = useResourceBoard();
  const weekly = 7 * scale.ppd >= MIN_WEEK_WIDTH;
  const buckets = weekly
    ? weeksOverlapping(window, range.from, range.to).map((w) => ({
        key: w.index,
        startDay: w.startDay,
        endDay: w.startDay + 7,
        weeks: [w.index, w.index + 1] as [number, number],
        label: `Week ${w.week}`,
      }))
    : monthsOverlapping(window, range.from, range.to).map((m) => ({ ...m, key: m.startDay }));
  const show = (e: PointerEvent<HTMLElement>, text: string, over: boolean) => {
    const r = e.currentTarget.getBoundingClientRect();
    resources.session.tip.set({ x: r.left + r.width / 2, y: r.top, text, over });
  };
  return (
    <div className="team-cells" style={{ top: RES.team - RES.padding - RES.strip, height: RES.strip }}>
      {buckets.map((b) => {
        const total = balance(series.demand, series.capacity, b.weeks[0], b.weeks[1]);
        if (total.capacity <= 0 && total.demand <= 0) return null;
        const look = loadLook(total.demand, total.capacity);
        const width = scale.x(b.endDay) - scale.x(b.startDay);
        const text = `${b.label}: demand ${hoursText(total.demand)} h of ${hoursText(total.capacity)} h capacity (${percentText(look.ratio)}), ${
          total.hours < 0 ? `${hoursText(-total.hours)} h short` : `${hoursText(total.hours)} h spare`
        }`;
        return (
          <div
            key={b.key}
            className={`load-cell team-cell level-${look.level}${look.over ? ' is-over' : ''}`}
            data-testid="team-cell"
            data-hours={Math.round(total.demand)}
            data-capacity={Math.round(total.capacity)}
            role="img"
            aria-label={text}
            style={{ left: scale.x(b.startDay), width, backgroundColor: look.fill, color: look.ink || undefined }}
            onPointerEnter={(e) => show(e, text, look.over)}
            onPointerLeave={() => resources.session.tip.set(null)}
          >
            {look.over && <span className="over-mark">!</span>}
            {width >= 52 ? `${signed(total.hours)} h` : ''}
          </div>
        );
      })}
    </div>
  );
}
