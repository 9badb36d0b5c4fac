import { type TextareaHTMLAttributes, useEffect, useLayoutEffect, useRef, useState } from 'react';
import * as Y from 'yjs';
import { type Delta, transformIndex } from '../ui/caret';

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange'> & {
  /** The record's Y.Text, or null when it holds a plain string (old or repaired records). */
  ytext: Y.Text | null;
  /** What to show when there is no Y.Text. */
  fallback: string;
  /** Writes the whole new text; the shared write functions rewrite only the span that changed. */
  write: (next: string) => void;
  readOnly?: boolean;
};

/** The Y.Text under `key` of a record entry, when it is one. */
export function textOf(entry: Y.Map<unknown> | undefined, key: string): Y.Text | null {
  const value = entry?.get(key);
  return value instanceof Y.Text ? value : null;
}

/**
 * A text area bound to a Y.Text. Two people typing in it both keep their words; someone
 * else's edit arriving while you type moves your caret with the text instead of resetting
 * it. Typing within half a second is one undo step (the UndoManager's capture window).
 */
export function CollabTextArea({ ytext, fallback, write, readOnly, ...rest }: Props) {
  const [text, setText] = useState(() => ytext?.toString() ?? fallback);
  const ref = useRef<HTMLTextAreaElement>(null);
  const typing = useRef(false);
  const caret = useRef<[number, number] | null>(null);

  useEffect(() => {
    if (!ytext) setText(fallback);
  }, [ytext, fallback]);

  useEffect(() => {
    if (!ytext) return;
    setText(ytext.toString());
    const onChange = (event: Y.YTextEvent) => {
      if (typing.current) return;
      const el = ref.current;
      if (el && document.activeElement === el) {
        const delta = event.delta as Delta;
        caret.current = [transformIndex(el.selectionStart, delta), transformIndex(el.selectionEnd, delta)];
      }
      setText(ytext.toString());
    };
    ytext.observe(onChange);
    return () => ytext.unobserve(onChange);
  }, [ytext]);

  useLayoutEffect(() => {
    if (caret.current && ref.current) ref.current.setSelectionRange(...caret.current);
    caret.current = null;
  });

  function onChange(next: string) {
    if (next === text || readOnly) return;
    setText(next);
    typing.current = true;
    try {
      write(next);
    } finally {
      typing.current = false;
    }
  }

  return <textarea {...rest} ref={ref} value={text} readOnly={readOnly} onChange={(e) => onChange(e.target.value)} />;
}
