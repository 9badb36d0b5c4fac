import { type Quarter, shiftQuarter } from '@planroom/shared';
import { useBoard } from '../core/BoardContext';
import { Popover } from '../ui/Popover';

/**
 * "‹ Q1 2027 ›": the quarter in view, a step either way, and a list of nearby quarters.
 * Buttons rather than form fields: a viewer's page has none, and a report is read, not
 * filled in.
 */
export function QuarterPicker(props: { quarter: Quarter; current: Quarter; startMonth: number }) {
  const { view } = useBoard();
  const { quarter, current, startMonth } = props;
  const go = (q: Quarter) => view.update({ quarter: q.key === current.key ? null : q.key });
  const near = [-4, -3, -2, -1, 0, 1, 2, 3, 4].map((n) => shiftQuarter(current, n, startMonth));
  const prev = shiftQuarter(quarter, -1, startMonth);
  const next = shiftQuarter(quarter, 1, startMonth);
  return (
    <fieldset className="status-quarter" data-testid="quarter-picker">
      <legend className="sr-only">Quarter</legend>
      <button
        type="button"
        className="button icon-button"
        title={`Previous quarter (${prev.label})`}
        aria-label="Previous quarter"
        onClick={() => go(prev)}
      >
        ‹
      </button>
      <Popover
        label={quarter.label}
        title={`The fiscal quarter reported on: ${quarter.start} to ${quarter.end}. Choose another`}
        testId="quarter-button"
        panelLabel="Quarters"
        className="button status-quarter-label"
      >
        {(close) => (
          <div className="status-menu">
            {near.map((q) => (
              <button
                key={q.key}
                type="button"
                className="status-menu-item"
                aria-pressed={q.key === quarter.key}
                onClick={() => {
                  go(q);
                  close();
                }}
              >
                {q.label}
                {q.key === current.key && <span className="status-sub"> this quarter</span>}
              </button>
            ))}
          </div>
        )}
      </Popover>
      <button
        type="button"
        className="button icon-button"
        title={`Next quarter (${next.label})`}
        aria-label="Next quarter"
        onClick={() => go(next)}
      >
        ›
      </button>
    </fieldset>
  );
}

/** The whole portfolio or one program. */
export function ProgramPicker(props: {
  programs: { id: string; title: string }[];
  selected: string | null;
  label: string;
}) {
  const { view } = useBoard();
  return (
    <Popover
      label={props.label}
      title="Report on the whole portfolio or on one program"
      testId="program-button"
      panelLabel="Programs"
      className="button status-program-label"
    >
      {(close) => (
        <div className="status-menu">
          {[{ id: null, title: 'Whole portfolio' }, ...props.programs].map((p) => (
            <button
              key={p.id ?? 'all'}
              type="button"
              className="status-menu-item"
              aria-pressed={p.id === props.selected}
              onClick={() => {
                view.update({ program: p.id });
                close();
              }}
            >
              {p.title}
            </button>
          ))}
          {props.programs.length === 0 && <p className="status-empty">No programs on this board yet.</p>}
        </div>
      )}
    </Popover>
  );
}
