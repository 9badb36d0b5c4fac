import { useCallback, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';

const EVENTS = ['stack-item-added', 'stack-item-popped', 'stack-cleared'] as const;

/** Whether undo and redo have anything to do; only this person's edits are tracked. */
export function useUndoState(undoManager: Y.UndoManager | null): { canUndo: boolean; canRedo: boolean } {
  const subscribe = useCallback(
    (cb: () => void) => {
      if (!undoManager) return () => {};
      for (const event of EVENTS) undoManager.on(event, cb);
      return () => {
        for (const event of EVENTS) undoManager.off(event, cb);
      };
    },
    [undoManager],
  );
  const snapshot = useSyncExternalStore(subscribe, () =>
    undoManager ? `${undoManager.undoStack.length > 0}:${undoManager.redoStack.length > 0}` : 'false:false',
  );
  const [canUndo, canRedo] = snapshot.split(':').map((v) => v === 'true') as [boolean, boolean];
  return { canUndo, canRedo };
}
