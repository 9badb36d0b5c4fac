import { COMMENT_TEXT_MAX, keptMentions, mentionAt, mentionOptions, type Person } from '@planroom/shared';
import { type KeyboardEvent, useId, useRef, useState } from 'react';
import { usePeople } from '../core/records';

interface Props {
  placeholder: string;
  submitLabel: string;
  /** Sends the text and mentions; resolves with the reason when it was refused. */
  onSubmit(text: string, mentions: string[]): Promise<string | null>;
  testId: string;
  autoFocus?: boolean;
  /** Editing: the text and the people it mentions to start from. */
  initial?: { text: string; mentions: Person[] };
  onCancel?(): void;
}

/**
 * A comment box with @mention autocomplete of the board's people: typing `@` opens the
 * list, ↑↓ choose, Enter or Tab insert, Escape closes it. Ctrl/⌘+Enter sends.
 */
export function Composer({ placeholder, submitLabel, onSubmit, testId, autoFocus, initial, onCancel }: Props) {
  const people = usePeople();
  const [text, setText] = useState(initial?.text ?? '');
  const [picked, setPicked] = useState<Person[]>(initial?.mentions ?? []);
  const [caret, setCaret] = useState(0);
  const [active, setActive] = useState(0);
  const [dismissed, setDismissed] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const area = useRef<HTMLTextAreaElement>(null);
  const listId = useId();

  const mention = mentionAt(text, caret);
  const options = mention && mention.start !== dismissed ? mentionOptions(people, mention.query) : [];
  const open = options.length > 0;
  const current = Math.min(active, options.length - 1);

  function insert(person: Person) {
    if (!mention) return;
    const before = `${text.slice(0, mention.start)}@${person.name} `;
    const next = before + text.slice(caret);
    setText(next);
    setPicked((p) => (p.some((x) => x.id === person.id) ? p : [...p, person]));
    setActive(0);
    requestAnimationFrame(() => {
      area.current?.focus();
      area.current?.setSelectionRange(before.length, before.length);
      setCaret(before.length);
    });
  }

  async function submit() {
    const body = text.trim();
    if (!body || busy) return;
    setBusy(true);
    const refusal = await onSubmit(body, keptMentions(body, picked));
    setBusy(false);
    setError(refusal);
    if (refusal === null) {
      setText('');
      setPicked([]);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (open && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current + step + options.length) % options.length);
    } else if (open && (event.key === 'Enter' || event.key === 'Tab') && !event.shiftKey) {
      event.preventDefault();
      const person = options[current];
      if (person) insert(person);
    } else if (open && event.key === 'Escape') {
      // closes the list only, not the panel around it
      event.preventDefault();
      event.stopPropagation();
      setDismissed(mention?.start ?? null);
    } else if (event.key === 'Escape' && onCancel) {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    } else if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) {
      event.preventDefault();
      void submit();
    }
  }

  return (
    <div className="composer" data-testid={testId}>
      <textarea
        ref={area}
        value={text}
        placeholder={placeholder}
        maxLength={COMMENT_TEXT_MAX}
        rows={2}
        data-comment-box
        // biome-ignore lint/a11y/noAutofocus: a reply box opened on purpose takes the typing
        autoFocus={autoFocus}
        aria-label={placeholder}
        aria-controls={open ? listId : undefined}
        onChange={(e) => {
          setText(e.target.value);
          setCaret(e.target.selectionStart);
          setError(null);
        }}
        onSelect={(e) => setCaret(e.currentTarget.selectionStart)}
        onKeyDown={onKeyDown}
      />
      {open && (
        <div className="mention-list" id={listId} role="listbox" aria-label="People to mention">
          {options.map((p, i) => (
            <div
              key={p.id}
              role="option"
              tabIndex={-1}
              aria-selected={i === current}
              className={i === current ? 'is-active' : undefined}
              onPointerDown={(e) => {
                e.preventDefault();
                insert(p);
              }}
            >
              <span className="avatar" style={{ background: p.color }} aria-hidden="true" />
              {p.name}
              {p.role && <span className="mention-role">{p.role}</span>}
            </div>
          ))}
        </div>
      )}
      {error && (
        <p className="composer-error" role="alert">
          {error}
        </p>
      )}
      <div className="composer-actions">
        <span className="composer-hint">@ to mention · Ctrl+Enter to send</span>
        {onCancel && (
          <button type="button" className="button subtle small" onClick={onCancel}>
            Cancel
          </button>
        )}
        <button type="button" className="button primary small" disabled={!text.trim() || busy} onClick={submit}>
          {busy ? 'Sending…' : submitLabel}
        </button>
      </div>
    </div>
  );
}
