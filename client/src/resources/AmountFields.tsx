import { useState } from 'react';
import { escapeReverts } from '../ui/escape';
import type { AmountUnit } from './assignmentMath';

/**
 * How much of a week: typed freely ("16", "24,5", "50%") and committed on Enter or when
 * leaving the field, so a refused value stays in the field with the reason under it.
 */
export function AmountInput(props: {
  id?: string;
  value: number | null;
  invalid: boolean;
  describedBy?: string;
  /** Whether the value was taken; a refused one stays in the field. */
  onCommit: (text: string) => boolean;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const saved = props.value === null ? '' : String(props.value);
  const shown = draft ?? saved;
  function commit() {
    if (draft !== null && props.onCommit(draft)) setDraft(null);
  }
  return (
    <input
      id={props.id}
      type="text"
      inputMode="decimal"
      className="amount-input"
      aria-label={props.id ? undefined : 'Amount'}
      aria-invalid={props.invalid || undefined}
      aria-describedby={props.describedBy}
      value={shown}
      placeholder="e.g. 16"
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          commit();
        }
        escapeReverts(e, draft !== null && draft !== saved, () => setDraft(null));
      }}
    />
  );
}

/** Hours per week or a percentage of the person's week (buttons: viewers have no fields). */
export function UnitToggle({ unit, onChange }: { unit: AmountUnit; onChange: (unit: AmountUnit) => void }) {
  return (
    <fieldset className="zoom unit-toggle" data-testid="unit-toggle">
      <legend className="sr-only">Unit</legend>
      <button
        type="button"
        className="zoom-option"
        aria-pressed={unit === 'hours'}
        title="Fixed hours per week"
        onClick={() => onChange('hours')}
      >
        h/week
      </button>
      <button
        type="button"
        className="zoom-option"
        aria-pressed={unit === 'percent'}
        title="A percentage of the person's weekly capacity (of a 40-hour week while nobody is staffed)"
        onClick={() => onChange('percent')}
      >
        %
      </button>
    </fieldset>
  );
}
