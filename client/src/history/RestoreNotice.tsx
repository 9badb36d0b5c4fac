import { useEffect } from 'react';
import { CloseIcon } from '../ui/icons';
import { useValue } from '../ui/useValue';
import { useHistory } from './HistoryContext';
import { versionTime, versionTitle } from './versionText';

/**
 * After a restore: what was restored and "Undo restore", which restores the version the
 * server took just before. Ctrl+Z (⌘Z) does the same while this shows: right after a
 * restore, that is the undo a person means, and their own undo stack knows nothing of it.
 */
export function RestoreNotice() {
  const { history } = useHistory();
  const restored = useValue(history.restored);
  const busy = useValue(history.busy);

  useEffect(() => {
    if (!restored) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const undoKey = (event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'z';
      if (!undoKey || event.defaultPrevented) return;
      // capture phase, before the board's own undo sees the key
      event.preventDefault();
      event.stopPropagation();
      void history.undoRestore();
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [restored, history]);

  if (!restored) return null;
  return (
    <div className="banner restore-notice" role="status" data-testid="restore-notice">
      <span>
        Restored “{versionTitle(restored.restored)}” ({versionTime(restored.restored)}) for everyone.
      </span>
      <button
        type="button"
        className="button small"
        disabled={busy}
        onClick={() => void history.undoRestore()}
        title="Put the board back as it was just before the restore (Ctrl+Z)"
      >
        Undo restore
      </button>
      <button type="button" className="icon-button small" onClick={() => history.restored.set(null)}>
        <CloseIcon size={14} />
        <span className="sr-only">Dismiss</span>
      </button>
    </div>
  );
}
