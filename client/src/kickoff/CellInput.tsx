import { type InputHTMLAttributes, useState } from 'react';
import { edit } from '../core/edit';
import { useKickoffBoard } from './KickoffContext';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'onBlur'> & {
  value: string;
  /** Writes the new value; a refused one (the shared checks throw) stays in the field with the reason. */
  commit: (value: string) => void;
  /** Accessible name: the field's label in words. */
  label: string;
};

/**
 * One field of a kickoff record. It shows the live document until someone types in it;
 * the draft is kept while they type and written on Enter or when they leave the field
 * (Escape puts the stored value back). A refused value stays with its reason under it,
 * and the document is left as it was. Viewers see the text.
 */
export function CellInput({ value, commit, label, className, ...rest }: Props) {
  const ctx = useKickoffBoard();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string>();
  if (!ctx.canEdit)
    return (
      <span className={`cell-text ${className ?? ''}`} title={label}>
        {value}
      </span>
    );

  function save() {
    if (draft === null || draft === value) {
      setDraft(null);
      setError(undefined);
      return;
    }
    if (edit(ctx, () => commit(draft), setError)) {
      setDraft(null);
      setError(undefined);
    }
  }

  return (
    <span className="cell-field">
      <input
        {...rest}
        className={`cell-input ${className ?? ''}`}
        aria-label={label}
        aria-invalid={error ? true : undefined}
        title={error ?? rest.title}
        value={draft ?? value}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={save}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            save();
          } else if (e.key === 'Escape' && draft !== null) {
            e.stopPropagation();
            setDraft(null);
            setError(undefined);
          }
        }}
      />
      {error && (
        <span className="cell-error" role="alert" data-testid="field-error">
          {error}
        </span>
      )}
    </span>
  );
}
