import { daysBetween, isIsoDate, type Person, type TimeOff, updatePerson } from '@planroom/shared';
import { useId, useState } from 'react';
import { CloseIcon, PlusIcon } from '../ui/icons';
import { write } from './actions';
import { useResourceBoard } from './ResourcesContext';

/** "2026-12-21 → 2027-01-01 (12 days)". */
export function timeOffText(t: TimeOff): string {
  const days = daysBetween(t.start, t.end) + 1;
  return t.start === t.end ? `${t.start} (1 day)` : `${t.start} → ${t.end} (${days} days)`;
}

/** Two clients can each add the same period: a repeat is keyed by how many came before it. */
function keyed(periods: TimeOff[]): Array<{ t: TimeOff; key: string }> {
  const seen = new Map<string, number>();
  return periods.map((t) => {
    const base = `${t.start}:${t.end}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return { t, key: n ? `${base}#${n}` : base };
  });
}

/**
 * Holidays, leave, training: whole days with no capacity. Periods are added and removed
 * as a whole; shared refuses one that ends before it starts, and nothing changes.
 */
export function TimeOffField({ person }: { person: Person }) {
  const ctx = useResourceBoard();
  const ids = useId();
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const [error, setError] = useState<string>();
  const periods = keyed([...person.timeOff].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0)));

  function add() {
    if (!isIsoDate(start)) return setError('Choose the first day off');
    const last = end || start;
    if (!isIsoDate(last)) return setError('Choose the last day off');
    // capacity comes off once per day: an overlapping period would take it off twice
    const clash = person.timeOff.find((t) => t.start <= last && start <= t.end);
    if (clash && last >= start) return setError(`Overlaps the time off ${timeOffText(clash)}: remove that one first`);
    const timeOff = [...person.timeOff, { start, end: last }];
    if (write(ctx, () => updatePerson(ctx.doc, person.id, { timeOff }), setError)) {
      setError(undefined);
      setStart('');
      setEnd('');
    }
  }
  function remove(period: TimeOff) {
    const at = person.timeOff.indexOf(period);
    const timeOff = person.timeOff.filter((_, i) => i !== at);
    write(ctx, () => updatePerson(ctx.doc, person.id, { timeOff }), setError);
  }

  return (
    <fieldset className="field time-off" data-testid="time-off">
      <legend className="field-label">Time off</legend>
      {periods.length === 0 && <p className="field-hint">None planned.</p>}
      <ul className="time-off-list">
        {periods.map(({ t, key }) => (
          <li key={key} data-testid="time-off-period" data-start={t.start} data-end={t.end}>
            <span>{timeOffText(t)}</span>
            <button type="button" className="icon-button small danger" onClick={() => remove(t)} title="Remove">
              <CloseIcon size={14} />
              <span className="sr-only">
                Remove time off {t.start} to {t.end}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <div className="time-off-add">
        <label className="field-label" htmlFor={`${ids}-from`}>
          From
        </label>
        <input
          id={`${ids}-from`}
          type="date"
          value={start}
          aria-invalid={error ? true : undefined}
          onChange={(e) => setStart(e.target.value)}
        />
        <label className="field-label" htmlFor={`${ids}-to`}>
          To
        </label>
        <input
          id={`${ids}-to`}
          type="date"
          value={end}
          min={start || undefined}
          aria-invalid={error ? true : undefined}
          onChange={(e) => setEnd(e.target.value)}
        />
        <button type="button" className="button small" onClick={add}>
          <PlusIcon size={14} />
          Add time off
        </button>
      </div>
      {error && (
        <p className="field-error" role="alert" data-testid="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
