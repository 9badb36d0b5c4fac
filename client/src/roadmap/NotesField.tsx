import { collection, type Item, updateItem } from '@planroom/shared';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import * as Y from 'yjs';
import { describeError } from '../core/edit';
import { type Delta, transformIndex } from '../ui/caret';
import { useRoadmap } from './RoadmapContext';

function notesText(doc: Y.Doc, id: string): Y.Text | null {
  const notes = collection(doc, 'items').get(id)?.get('notes');
  return notes instanceof Y.Text ? notes : null;
}

/**
 * Notes bound to the item's Y.Text. `updateItem` rewrites only the span that changed, so
 * two people typing in the same notes both keep their words; someone else's edit arriving
 * while you type moves your caret with the text instead of resetting it. Typing within
 * half a second is one undo step (the UndoManager's capture window), unlike other edits.
 */
export function NotesField({ item, inputId }: { item: Item; inputId: string }) {
  const ctx = useRoadmap();
  const { doc } = ctx;
  const ytext = notesText(doc, item.id);
  const [text, setText] = useState(() => ytext?.toString() ?? item.notes);
  const ref = useRef<HTMLTextAreaElement>(null);
  const typing = useRef(false);
  const caret = useRef<[number, number] | null>(null);

  // Old or repaired records may hold notes as a plain string; the first edit makes a Y.Text.
  useEffect(() => {
    if (!ytext) setText(item.notes);
  }, [ytext, item.notes]);

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
    if (next === text) return;
    setText(next);
    if (!ctx.canEdit) return;
    typing.current = true;
    try {
      updateItem(doc, item.id, { notes: next });
    } catch (error) {
      ctx.session.notify(describeError(error));
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
