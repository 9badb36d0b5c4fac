import { useItem } from '../core/useYjs';
import { useT } from '../i18n/useT';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { deleteMany } from './actions';
import { useRoadmap } from './RoadmapContext';

/** One confirmation for deleting several items (one transaction, one undo step). */
export function DeleteItemsDialog({ ids, onClose }: { ids: string[]; onClose: () => void }) {
  const ctx = useRoadmap();
  const first = useItem(ids[0] ?? '');
  const t = useT();

  return (
    <ConfirmDialog
      heading={t('deleteItems.heading', { count: ids.length })}
      action={t('deleteItems.action', { count: ids.length })}
      onConfirm={() => deleteMany(ctx, ids)}
      onClose={onClose}
      testId="delete-items-dialog"
    >
      <p>{t('deleteItems.body', { title: first?.title ?? t('deleteItems.anItem'), more: ids.length - 1 })}</p>
    </ConfirmDialog>
  );
}
