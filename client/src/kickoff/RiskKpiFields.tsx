import { ValidationError } from '@planroom/shared';
import { type ReactNode, useState } from 'react';
import { edit } from '../core/edit';
import { useLazyOptions } from '../ui/useLazyOptions';
import { useKickoffBoard } from './KickoffContext';

/* Small fields shared by the KPI and risk rows. */

/** A field of a row with its caption above it (an editor's control also carries it as its accessible name). */
export function Field({ caption, className, children }: { caption: string; className?: string; children: ReactNode }) {
  return (
    <div className={`measure-field ${className ?? ''}`}>
      <span className="measure-caption">{caption}</span>
      {children}
    </div>
  );
}

/**
 * Runs a shared write and, when it is refused, rethrows only the reasons ("must be a
 * number"): a kickoff field puts its own label in front of the message.
 */
export function reasonsOnly(write: () => void): void {
  try {
    write();
  } catch (error) {
    if (error instanceof ValidationError) throw new Error(error.problems.map((p) => p.reason).join('; '));
    throw error;
  }
}

export interface Choice {
  value: string;
  label: string;
}

/**
 * A select of a kickoff row (owner, linked item, status, probability). Viewers see the
 * chosen label. A value not among the choices (gone, or from elsewhere) shows as `none`.
 */
export function ChoiceField(props: {
  label: string;
  value: string | null;
  choices: readonly Choice[];
  /** The empty choice ("Nobody"), or undefined when one must be chosen. */
  none?: string;
  commit: (value: string | null) => void;
  title?: string;
  className?: string;
}) {
  const { label, value, choices, none, commit, title, className } = props;
  const ctx = useKickoffBoard();
  const [error, setError] = useState<string>();
  const [open, reach] = useLazyOptions();
  const current = choices.find((c) => c.value === value);
  const shown = open ? choices : current ? [current] : [];
  if (!ctx.canEdit)
    return (
      <span className={`cell-text ${className ?? ''}`} title={title ?? label}>
        {current?.label.trim() ?? none ?? ''}
      </span>
    );
  return (
    <span className="cell-field">
      <select
        className={`cell-input ${className ?? ''}`}
        aria-label={label}
        title={error ?? title}
        aria-invalid={error ? true : undefined}
        value={current ? current.value : ''}
        {...reach}
        onChange={(e) => {
          const next = e.target.value || null;
          if (edit(ctx, () => reasonsOnly(() => commit(next)), setError)) setError(undefined);
        }}
      >
        {(none !== undefined || !current) && <option value="">{none ?? ''}</option>}
        {shown.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
      {error && (
        <span className="cell-error" role="alert" data-testid="field-error">
          {label} {error}
        </span>
      )}
    </span>
  );
}
