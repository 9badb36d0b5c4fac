import { useItem } from '../core/useYjs';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { deleteMany } from './actions';
import { useRoadmap } from './RoadmapContext';

/** One confirmation for deleting several items (one transaction, one undo step). */
export function DeleteItemsDialog({ ids, onClose }: { ids: string[]; onClose: () => void }) {
  const ctx = useRoadmap();
  const first = useItem(ids[0] ?? '');

  return (
    <ConfirmDialog
      heading={`Delete ${ids.length} items?`}
      action={<>Delete {ids.length} items</>}
      onConfirm={() => deleteMany(ctx, ids)}
      onClose={onClose}
      testId="delete-items-dialog"
    >
      <p>
        “{first?.title ?? 'An item'}” and {ids.length - 1} more go, with their links. Their children move up to the
        deleted item’s parent. You can undo this.
      </p>
    </ConfirmDialog>
  );
}
