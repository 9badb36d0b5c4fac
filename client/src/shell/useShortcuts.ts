import { useEffect } from 'react';
import type { CommentsContextValue } from '../comments/CommentsContext';
import { redo, undo } from '../core/edit';
import type { HistoryModel } from '../history/historyModel';
import type { ResourcesContextValue } from '../resources/ResourcesContext';
import { deleteSelection, newItem } from '../roadmap/actions';
import { editItem, moveSelection, nudgeSelection, startLinking } from '../roadmap/keyboard';
import type { RoadmapContextValue } from '../roadmap/RoadmapContext';
import type { Direction } from '../timeline/rowGeometry';
import { exportMenuOpen } from './ExportMenu';
import { togglePresentation } from './PresentationToggle';
import { toggleKickoff, toggleStatus, toggleViewMode } from './ViewSwitch';

/** Keys typed into a field belong to the field. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['button', 'checkbox', 'radio', 'range'].includes(target.type);
}

const ARROWS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

/** The item whose bar has focus, if any. */
function focusedBar(target: EventTarget | null): string | null {
  return target instanceof HTMLElement && target.dataset.testid === 'bar' ? (target.dataset.itemId ?? null) : null;
}

/** Board-wide keyboard shortcuts (listed in the "?" dialog). */
export function useShortcuts(
  ctx: (RoadmapContextValue & ResourcesContextValue & CommentsContextValue & { history: HistoryModel }) | null,
): void {
  useEffect(() => {
    if (!ctx) return;
    const { session, canEdit } = ctx;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTyping(event.target) || session.dialog.get()) return;
      const mod = event.metaKey || event.ctrlKey;
      const key = event.key;
      const handled = () => event.preventDefault();
      if (mod && !event.altKey) {
        const lower = key.toLowerCase();
        if (lower === 'z' && !event.shiftKey) {
          handled();
          undo(ctx);
        } else if ((lower === 'z' && event.shiftKey) || lower === 'y') {
          handled();
          redo(ctx);
        } else if (lower === 'a') {
          handled();
          session.selectMany([...ctx.engine.shownIds()]);
        }
        return;
      }
      const mode = ctx.view.get().mode;
      if (mode === 'kickoff' || mode === 'status') {
        // the kickoff page has fields and its own keys (the RACI grid); the status page is a
        // report with nothing to select: only switching views here
        if (event.altKey || event.shiftKey) return;
        if (key === 'r' || key === 'R') toggleViewMode(ctx.view);
        else if (key === 'k' || key === 'K') toggleKickoff(ctx.view);
        else if (key === 's' || key === 'S') toggleStatus(ctx.view);
        else if (key === 'p' || key === 'P') togglePresentation(ctx.view, ctx.role);
        else if (key === '?') session.dialog.set({ kind: 'shortcuts' });
        else return;
        handled();
        return;
      }
      const dir = ARROWS[key];
      if (dir && !mod) {
        if (event.shiftKey && canEdit && (dir === 'left' || dir === 'right')) {
          handled();
          nudgeSelection(ctx, (dir === 'left' ? -1 : 1) * (event.altKey ? 7 : 1));
        } else if (!event.shiftKey && !event.altKey) {
          handled();
          moveSelection(ctx, dir);
        }
        return;
      }
      if (event.altKey || mod) return;
      const selected = session.selection.get();
      if (key === 'Delete' || key === 'Backspace') {
        if (!canEdit || (!selected && !session.selectedDep.get())) return;
        handled();
        deleteSelection(ctx);
      } else if (key === 'Escape') {
        if (session.linkFrom.get()) session.linkFrom.set(null);
        else if (selected || session.selectedDep.get()) session.select(null);
        else if (ctx.resources.session.person.get()) ctx.resources.session.person.set(null);
      } else if (key === 'Enter') {
        const id = focusedBar(event.target) ?? selected;
        const onPage = event.target === document.body || event.target === document.documentElement;
        if (!id || (!onPage && !focusedBar(event.target))) return;
        handled();
        editItem(ctx, id);
      } else if ((key === 'n' || key === 'N') && canEdit && !event.shiftKey) {
        handled();
        newItem(ctx);
      } else if ((key === 'l' || key === 'L') && canEdit && selected) {
        handled();
        startLinking(ctx);
      } else if (key === 'f' || key === 'F') {
        handled();
        session.timeline?.fit([...session.selected.get()]);
      } else if ((key === 'r' || key === 'R') && !event.shiftKey) {
        handled();
        toggleViewMode(ctx.view);
      } else if ((key === 'k' || key === 'K') && !event.shiftKey) {
        handled();
        toggleKickoff(ctx.view);
      } else if ((key === 'h' || key === 'H') && !event.shiftKey) {
        handled();
        ctx.history.toggle();
      } else if ((key === 'c' || key === 'C') && !event.shiftKey) {
        handled();
        ctx.comments.panelOpen.set(!ctx.comments.panelOpen.get());
      } else if ((key === 's' || key === 'S') && !event.shiftKey) {
        handled();
        toggleStatus(ctx.view);
      } else if ((key === 'e' || key === 'E') && !event.shiftKey) {
        handled();
        exportMenuOpen(session).set(true);
      } else if ((key === 'p' || key === 'P') && !event.shiftKey) {
        handled();
        session.linkFrom.set(null);
        togglePresentation(ctx.view, ctx.role);
      } else if (key === '/') {
        handled();
        session.focusSearch?.();
      } else if (key === '?') {
        handled();
        session.dialog.set({ kind: 'shortcuts' });
      } else if ((key === 'b' || key === 'B') && !event.shiftKey) {
        handled();
        session.dialog.set({ kind: 'baselines' });
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [ctx]);
}
