import { useState } from 'react';
import { edit } from '../core/edit';
import { useKickoffBoard } from './KickoffContext';

/**
 * The last line of a kickoff list, for editors: type and press Enter to add one more;
 * the field stays focused for the next. A refused entry stays with its reason.
 */
export function AddLine(props: { label: string; placeholder: string; add: (text: string) => void; testId?: string }) {
  const ctx = useKickoffBoard();
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  if (!ctx.canEdit) return null;
  function submit() {
    if (!text.trim()) return;
    if (edit(ctx, () => props.add(text.trim()), setError)) {
      setText('');
      setError(undefined);
    }
  }
  return (
    <div className="add-line">
      <input
        className="cell-input"
        aria-label={props.label}
        placeholder={props.placeholder}
        value={text}
        data-testid={props.testId}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            submit();
          }
        }}
      />
      <button type="button" className="button small" onClick={submit} disabled={!text.trim()}>
        Add
      </button>
      {error && (
        <span className="cell-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}

/** A small delete button for one line of a kickoff list (editors only). */
export function RemoveButton({ what, onRemove }: { what: string; onRemove: () => void }) {
  const ctx = useKickoffBoard();
  if (!ctx.canEdit) return null;
  return (
    <button
      type="button"
      className="icon-button small remove-line"
      title={`Remove ${what}`}
      aria-label={`Remove ${what}`}
      onClick={() => edit(ctx, onRemove)}
    >
      ×
    </button>
  );
}

/** Up and down buttons that move a line within its list (the keyboard way to reorder). */
export function MoveButtons(props: { index: number; count: number; what: string; move: (index: number) => void }) {
  const ctx = useKickoffBoard();
  const { index, count, what, move } = props;
  if (!ctx.canEdit || count < 2) return null;
  return (
    <span className="move-buttons">
      <button
        type="button"
        className="icon-button small"
        disabled={index === 0}
        title={`Move ${what} up`}
        aria-label={`Move ${what} up`}
        onClick={() => edit(ctx, () => move(index - 1))}
      >
        ↑
      </button>
      <button
        type="button"
        className="icon-button small"
        disabled={index === count - 1}
        title={`Move ${what} down`}
        aria-label={`Move ${what} down`}
        onClick={() => edit(ctx, () => move(index + 1))}
      >
        ↓
      </button>
    </span>
  );
}
