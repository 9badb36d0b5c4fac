import { useEffect } from 'react';
import { deleteItem, newItem, redo, undo } from '../board/actions';
import type { BoardContextValue } from '../board/BoardContext';

/** Keys typed into a field belong to the field. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['button', 'checkbox', 'radio', 'range'].includes(target.type);
}

/** Board-wide keyboard shortcuts (listed in the "?" dialog). */
export function useShortcuts(ctx: BoardContextValue | null): void {
  useEffect(() => {
    if (!ctx) return;
    const { session, canEdit } = ctx;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTyping(event.target) || session.dialog.get()) return;
      const mod = event.metaKey || event.ctrlKey;
      const key = event.key;
      if (mod && !event.altKey) {
        const lower = key.toLowerCase();
        if (lower === 'z' && !event.shiftKey) {
          event.preventDefault();
          undo(ctx);
        } else if ((lower === 'z' && event.shiftKey) || lower === 'y') {
          event.preventDefault();
          redo(ctx);
        }
        return;
      }
      if (event.altKey || event.metaKey || event.ctrlKey) return;
      const selected = session.selection.get();
      // A focused bar or button handles Enter itself (a bar's click selects and opens it).
      const onPage = event.target === document.body || event.target === document.documentElement;
      if ((key === 'Delete' || key === 'Backspace') && selected && canEdit) {
        event.preventDefault();
        deleteItem(ctx, selected);
      } else if (key === 'Escape' && selected) {
        session.select(null);
      } else if (key === 'Enter' && selected && onPage && !session.panelOpen.get()) {
        event.preventDefault();
        session.panelOpen.set(true);
      } else if ((key === 'n' || key === 'N') && canEdit && !event.shiftKey) {
        event.preventDefault();
        newItem(ctx);
      } else if (key === '?') {
        event.preventDefault();
        session.dialog.set({ kind: 'shortcuts' });
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [ctx]);
}
