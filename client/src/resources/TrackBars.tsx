import type { Assignment, Person } from '@planroom/shared';
import type { DayScale } from '../timeline/timeScale';
import type { DayWindow } from '../timeline/useViewport';
import { ResourceBar } from './ResourceBar';
import type { ResourceRowLayout } from './resourceLayout';

/** Bars whose label sits beside them may start a little left of the window and still show. */
const LABEL_REACH = 260;

/** The assignment bars of one row that fall in (or just left of) the rendered window. */
export function TrackBars(props: {
  assignments: readonly Assignment[];
  person: Person | undefined;
  bars: ResourceRowLayout;
  scale: DayScale;
  range: DayWindow;
}) {
  const { assignments, person, bars, scale, range } = props;
  const x0 = scale.x(range.from) - LABEL_REACH;
  const x1 = scale.x(range.to);
  return (
    <>
      {assignments.map((a) => {
        const box = bars.boxes.get(a.id);
        if (!box || box.x + box.width < x0 || box.x >= x1) return null;
        return <ResourceBar key={a.id} assignment={a} person={person} box={box} />;
      })}
    </>
  );
}
