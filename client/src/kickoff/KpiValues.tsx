import { type IsoDate, isIsoDate, type Kpi, type KpiPoint, recordKpiValue, removeKpiValue } from '@planroom/shared';
import { type FormEvent, useId, useState } from 'react';
import { edit } from '../core/edit';
import { TrashIcon } from '../ui/icons';
import { useKickoffBoard } from './KickoffContext';
import { formatAmount, parseAmount } from './kpiText';
import { reasonsOnly } from './RiskKpiFields';

/** A KPI's measured values (newest first, listed only while open) and, for editors, recording one. */
export function KpiValues({ kpi, points, today }: { kpi: Kpi; points: readonly KpiPoint[]; today: IsoDate }) {
  const ctx = useKickoffBoard();
  const [open, setOpen] = useState(false);
  return (
    <div className="kpi-values">
      <details onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary title="Every value measured, by date">
          {points.length === 0
            ? 'No values measured'
            : points.length === 1
              ? '1 measured value'
              : `${points.length} measured values`}
        </summary>
        {open && points.length > 0 && (
          <ul className="kpi-value-list">
            {[...points].reverse().map((p) => (
              <li key={p.date} data-testid="kpi-value" data-date={p.date} data-value={p.value}>
                <span className="kpi-value-date">{p.date}</span>
                <span className="kpi-value-amount">{formatAmount(p.value, kpi.unit)}</span>
                {ctx.canEdit && (
                  <button
                    type="button"
                    className="icon-button small danger"
                    aria-label={`Remove the value of ${p.date}`}
                    title={`Remove the value measured on ${p.date}`}
                    onClick={() => edit(ctx, () => removeKpiValue(ctx.doc, kpi.id, p.date))}
                  >
                    <TrashIcon size={12} />
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
      </details>
      {ctx.canEdit && <RecordValue kpi={kpi} today={today} />}
    </div>
  );
}

/** Date (today unless changed) and value: a second value for the same day replaces the first. */
function RecordValue({ kpi, today }: { kpi: Kpi; today: IsoDate }) {
  const ctx = useKickoffBoard();
  const ids = useId();
  const [date, setDate] = useState<string | null>(null);
  const [value, setValue] = useState('');
  const [error, setError] = useState<string>();
  const day = date ?? today;

  function record(e: FormEvent) {
    e.preventDefault();
    const n = parseAmount(value);
    if (!isIsoDate(day)) return setError('The date must be a day like 2026-03-31.');
    if (n === null || Number.isNaN(n)) return setError('The value must be a number, like 42 or 3.5.');
    if (
      edit(
        ctx,
        () => reasonsOnly(() => recordKpiValue(ctx.doc, kpi.id, day, n)),
        (m) => setError(`This KPI ${m}.`),
      )
    ) {
      setValue('');
      setError(undefined);
    }
  }

  return (
    <form className="kpi-record" data-testid="kpi-record" onSubmit={record}>
      <label htmlFor={`${ids}-date`} className="measure-caption">
        Measured on
      </label>
      <input id={`${ids}-date`} type="date" value={day} onChange={(e) => setDate(e.target.value)} />
      <label htmlFor={`${ids}-value`} className="measure-caption">
        Value{kpi.unit ? ` (${kpi.unit})` : ''}
      </label>
      <input
        id={`${ids}-value`}
        type="text"
        inputMode="decimal"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${ids}-error` : undefined}
        onChange={(e) => setValue(e.target.value)}
      />
      <button
        type="submit"
        className="button small"
        title="Record what was measured on that day (it replaces a value already there)"
      >
        Record value
      </button>
      {error && (
        <p className="field-error" role="alert" id={`${ids}-error`} data-testid="field-error">
          {error}
        </p>
      )}
    </form>
  );
}
