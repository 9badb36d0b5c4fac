import { useEffect, useRef, useState } from 'react';
import type { Value } from './signals';
import { useValue } from './useValue';

/**
 * A lane's or team's name, renamed in place: Enter or leaving the field keeps the new name,
 * Escape puts the old one back. When `focus` asks for this `id` (a lane or team just made),
 * the field takes the focus with its text selected, and the request is cleared.
 */
export function NameInput(props: {
  id: string;
  name: string;
  focus: Value<string | null>;
  /** Called with the trimmed name when it differs; a refused name (empty, too long) shows as a notice and the old name comes back. */
  onRename: (name: string) => void;
  className: string;
  title: string;
  label?: string;
}) {
  const { id, name, focus, onRename } = props;
  const [draft, setDraft] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const focusId = useValue(focus);

  useEffect(() => {
    if (focusId !== id || !input.current) return;
    input.current.focus();
    input.current.select();
    focus.set(null);
  }, [focusId, id, focus]);

  function commit() {
    if (draft !== null && draft.trim() !== name) onRename(draft.trim());
    setDraft(null);
  }

  return (
    <input
      ref={input}
      className={props.className}
      aria-label={props.label}
      value={draft ?? name}
      title={props.title}
      maxLength={120}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.currentTarget.blur();
        if (e.key === 'Escape') {
          setDraft(null);
          // blur after the reset so commit() sees nothing to write
          const target = e.currentTarget;
          requestAnimationFrame(() => target.blur());
        }
      }}
    />
  );
}
