import { createItem, deleteItems, type IsoDate, localIsoDate, ValidationError } from '@planroom/shared';
import type { BoardContextValue } from './BoardContext';

const FIELD_NAMES: Record<string, string> = {
  title: 'Title',
  kind: 'Kind',
  start: 'Start',
  end: 'End',
  status: 'Status',
  progress: 'Progress',
  laneId: 'Lane',
  parentId: 'Parent',
  ownerId: 'Owner',
  notes: 'Notes',
  order: 'Order',
};

/** A ValidationError as a sentence a planner can act on ("End is before start 2026-03-02"). */
export function describeError(error: unknown): string {
  if (error instanceof ValidationError) {
    return error.problems
      .map((p) => {
        if (!p.field) return `This ${p.collection === 'lanes' ? 'lane' : 'record'} ${p.reason}`;
        return `${FIELD_NAMES[p.field] ?? p.field} ${p.reason}`;
      })
      .join('; ');
  }
  return error instanceof Error ? error.message : String(error);
}

/**
 * Runs one write from the UI. A refused write (the shared functions validate first and
 * write nothing) becomes a notice; each accepted write is its own undo step.
 */
export function edit(ctx: BoardContextValue, write: () => void, onError?: (message: string) => void): boolean {
  if (!ctx.canEdit) return false;
  try {
    ctx.undoManager?.stopCapturing();
    write();
    ctx.undoManager?.stopCapturing();
    return true;
  } catch (error) {
    const message = describeError(error);
    if (onError) onError(message);
    else ctx.session.notify(message);
    return false;
  }
}

/**
 * A new item's title. Chosen to share no word with the panel's field labels or the
 * "New item" button, so `getByLabel('Title')` and the button stay unambiguous in tests.
 */
export const DEFAULT_TITLE = 'Unnamed item';

/** Creates a two-week item (in the first lane, today, unless told) and opens it. */
export function newItem(ctx: BoardContextValue, at?: { laneId: string | null; start: IsoDate }): string | null {
  let id: string | null = null;
  const laneId = at ? at.laneId : (ctx.store.getLaneIds()[0] ?? null);
  const start = at?.start ?? localIsoDate(new Date());
  edit(ctx, () => {
    id = createItem(ctx.doc, { title: DEFAULT_TITLE, kind: 'project', start, laneId });
  });
  if (id) {
    ctx.session.select(id);
    ctx.session.focusTitle.set(id);
  }
  return id;
}

export function deleteItem(ctx: BoardContextValue, id: string): void {
  if (edit(ctx, () => deleteItems(ctx.doc, [id])) && ctx.session.selection.get() === id) ctx.session.select(null);
}

export function undo(ctx: BoardContextValue): void {
  if (ctx.canEdit) ctx.undoManager?.undo();
}

export function redo(ctx: BoardContextValue): void {
  if (ctx.canEdit) ctx.undoManager?.redo();
}
