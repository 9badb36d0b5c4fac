import { useCallback } from 'react';
import { useBoard } from '../core/BoardContext';
import { useT } from '../i18n/useT';
import { BaselinesDialog } from '../roadmap/BaselinesDialog';
import { DeleteItemsDialog } from '../roadmap/DeleteItemsDialog';
import { DeleteLaneDialog } from '../roadmap/DeleteLaneDialog';
import { GoalsDialog } from '../roadmap/GoalsDialog';
import { CloseIcon } from '../ui/icons';
import { useValue } from '../ui/useValue';
import { ShareDialog } from './ShareDialog';
import { ShortcutsDialog } from './ShortcutsDialog';

/** The one open dialog, if any. */
export function Dialogs() {
  const { session, canEdit } = useBoard();
  const dialog = useValue(session.dialog);
  const close = useCallback(() => session.dialog.set(null), [session]);
  if (!dialog) return null;
  switch (dialog.kind) {
    case 'share':
      return canEdit ? <ShareDialog onClose={close} /> : null;
    case 'shortcuts':
      return <ShortcutsDialog onClose={close} />;
    case 'delete-lane':
      return canEdit ? <DeleteLaneDialog laneId={dialog.laneId} onClose={close} /> : null;
    case 'delete-items':
      return canEdit ? <DeleteItemsDialog ids={dialog.ids} onClose={close} /> : null;
    case 'goals':
      return <GoalsDialog onClose={close} />;
    case 'baselines':
      return <BaselinesDialog onClose={close} />;
  }
}

/** Passing messages ("Couldn't move: …"), announced politely to screen readers. */
export function NoticeToast() {
  const { session } = useBoard();
  const notice = useValue(session.notice);
  const t = useT();
  return (
    <div className="toast-region" aria-live="polite">
      {notice && (
        <div className={`toast toast-${notice.tone}`} data-testid="notice" key={notice.id}>
          <span>{notice.text}</span>
          <button type="button" className="icon-button small" onClick={() => session.notice.set(null)}>
            <CloseIcon size={14} />
            <span className="sr-only">{t('common.dismiss')}</span>
          </button>
        </div>
      )}
    </div>
  );
}
