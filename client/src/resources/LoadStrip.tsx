import type { LoadWindow } from '@planroom/shared';
import { memo, type PointerEvent, useSyncExternalStore } from 'react';
import type { DayScale } from '../timeline/timeScale';
import type { DayWindow } from '../timeline/useViewport';
import { loadLook, percentText } from './loadScale';
import { type WeekCell, weeksOverlapping } from './loadWeeks';
import { useResourceBoard } from './ResourcesContext';
import { RES } from './resourceLayout';
import { demandTooltip, hoursText, loadTooltip } from './resourceText';

const tenth = (h: number) => String(Math.round(h * 10) / 10);

/** Cells wide enough to say "130%" say it; narrower ones keep the "!" of an over week. */
const TEXT_WIDTH = 38;
const MARK_WIDTH = 7;

interface Common {
  window: LoadWindow;
  scale: DayScale;
  range: DayWindow;
  top: number;
}

function useTip() {
  const { resources } = useResourceBoard();
  const tip = resources.session.tip;
  return {
    show(event: PointerEvent<HTMLElement>, text: string, over: boolean) {
      const r = event.currentTarget.getBoundingClientRect();
      tip.set({ x: r.left + r.width / 2, y: r.top, text, over });
    },
    hide: () => tip.set(null),
  };
}

/**
 * A person's weekly load against capacity under their bars: one cell per week in view,
 * coloured by how full it is; an over-allocated week is also hatched and marked "!" so
 * it reads without colour. Hovering explains the week with the items behind it.
 */
export const LoadStrip = memo(function LoadStrip(
  props: Common & { personId: string; name: string; load: Float64Array; capacity: Float64Array },
) {
  const { resources } = useResourceBoard();
  const tip = useTip();
  const cells = weeksOverlapping(props.window, props.range.from, props.range.to);
  const width = 7 * props.scale.ppd;
  return (
    <fieldset
      className="load-strip"
      data-testid="load-strip"
      data-person-id={props.personId}
      aria-label={`Weekly load of ${props.name}`}
      style={{ top: props.top, height: RES.strip, width: props.scale.width }}
    >
      {cells.map((c: WeekCell) => {
        const hours = props.load[c.index] ?? 0;
        const capacity = props.capacity[c.index] ?? 0;
        const look = loadLook(hours, capacity);
        // no capacity at all is time off; load in it is still over (and marked "!")
        const text = width < TEXT_WIDTH || look.level === 'free' ? '' : capacity <= 0 ? 'off' : percentText(look.ratio);
        return (
          <div
            key={c.index}
            className={`load-cell level-${look.level}${look.over ? ' is-over' : ''}`}
            data-testid="load-cell"
            data-week={c.monday}
            data-iso-week={c.week}
            data-hours={tenth(hours)}
            data-capacity={tenth(capacity)}
            data-over={String(look.over)}
            role="img"
            aria-label={`Week ${c.week}: ${hoursText(hours)} h of ${hoursText(capacity)} h${look.over ? ', over capacity' : ''}`}
            style={{ left: props.scale.x(c.startDay), width, backgroundColor: look.fill, color: look.ink || undefined }}
            onPointerEnter={(e) =>
              tip.show(
                e,
                loadTooltip(c.week, hours, capacity, resources.model.breakdown(props.personId, c.index)),
                look.over,
              )
            }
            onPointerLeave={tip.hide}
          >
            {look.over && width >= MARK_WIDTH && <span className="over-mark">!</span>}
            {text}
          </div>
        );
      })}
    </fieldset>
  );
});

/** Unstaffed demand of one role per week: hours needed, nobody to compare them with. */
export const DemandStrip = memo(function DemandStrip(props: Common & { role: string; demand: Float64Array }) {
  const { resources } = useResourceBoard();
  const tip = useTip();
  const cells = weeksOverlapping(props.window, props.range.from, props.range.to);
  const width = 7 * props.scale.ppd;
  return (
    <div
      className="load-strip demand-strip"
      data-testid="demand-strip"
      data-role={props.role}
      style={{ top: props.top, height: RES.strip, width: props.scale.width }}
    >
      {cells.map((c) => {
        const hours = props.demand[c.index] ?? 0;
        if (hours <= 0) return null;
        return (
          <div
            key={c.index}
            className="load-cell demand-cell"
            data-testid="demand-cell"
            data-week={c.monday}
            data-hours={tenth(hours)}
            role="img"
            aria-label={`Week ${c.week}: ${hoursText(hours)} h needed`}
            style={{ left: props.scale.x(c.startDay), width }}
            onPointerEnter={(e) =>
              tip.show(e, demandTooltip(c.week, hours, resources.model.roleBreakdown(props.role, c.index)), false)
            }
            onPointerLeave={tip.hide}
          >
            {width >= TEXT_WIDTH ? `${hoursText(hours)} h` : ''}
          </div>
        );
      })}
    </div>
  );
});

/** The one tooltip of the resource view, over whatever week is hovered. */
export function LoadTip() {
  const { resources } = useResourceBoard();
  const tip = useSyncExternalStore(resources.session.tip.subscribe, resources.session.tip.get);
  if (!tip) return null;
  return (
    <div
      className={`load-tip${tip.over ? ' is-over' : ''}`}
      role="tooltip"
      data-testid="load-tooltip"
      style={{ left: tip.x, top: tip.y }}
    >
      {tip.text}
    </div>
  );
}
