import { collection, type Item, transact, updateItem } from '@planroom/shared';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import * as Y from 'yjs';
import { type Delta, diffText, transformIndex } from '../lib/textDiff';
import { edit } from './actions';
import { useBoard } from './BoardContext';

function notesText(doc: Y.Doc, id: string): Y.Text | null {
  const notes = collection(doc, 'items').get(id)?.get('notes');
  return notes instanceof Y.Text ? notes : null;
}

/**
 * Notes bound to the item's Y.Text: each change is written as the one small edit it is,
 * so two people typing in the same notes both keep their words, and someone else's edit
 * arriving while you type moves your caret with the text instead of resetting it.
 * Typing within half a second is one undo step (the UndoManager's capture window).
 */
export function NotesField({ item, inputId }: { item: Item; inputId: string }) {
  const ctx = useBoard();
  const { doc } = ctx;
  const ytext = notesText(doc, item.id);
  const [text, setText] = useState(() => ytext?.toString() ?? item.notes);
  const ref = useRef<HTMLTextAreaElement>(null);
  const typing = useRef(false);
  const caret = useRef<[number, number] | null>(null);

  useEffect(() => {
    if (!ytext) {
      setText(item.notes);
      return;
    }
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
  }, [ytext, item.notes]);

  useLayoutEffect(() => {
    if (caret.current && ref.current) ref.current.setSelectionRange(...caret.current);
    caret.current = null;
  });

  function onChange(next: string) {
    const change = diffText(text, next);
    setText(next);
    if (!change || !ctx.canEdit) return;
    if (!ytext) {
      // Old or repaired records may hold notes as a plain string: the write makes a Y.Text.
      edit(ctx, () => updateItem(doc, item.id, { notes: next }));
      return;
    }
    typing.current = true;
    try {
      transact(doc, () => {
        if (change.remove) ytext.delete(change.index, change.remove);
        if (change.insert) ytext.insert(change.index, change.insert);
      });
    } finally {
      typing.current = false;
    }
  }

  return (
    <textarea
      ref={ref}
      id={inputId}
      className="notes"
      rows={6}
      value={text}
      maxLength={100_000}
      placeholder="Context, decisions, links…"
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
