import { useRef } from 'react';
import { useItem } from '../hooks/useYjs';
import { Modal } from '../ui/Modal';
import { deleteMany } from './actions';
import { useBoard } from './BoardContext';

/** One confirmation for deleting several items (one transaction, one undo step). */
export function DeleteItemsDialog({ ids, onClose }: { ids: string[]; onClose: () => void }) {
  const ctx = useBoard();
  const done = useRef(false);
  const first = useItem(ids[0] ?? '');

  function confirm() {
    if (done.current) return;
    done.current = true;
    deleteMany(ctx, ids);
    onClose();
  }

  return (
    <Modal
      heading={`Delete ${ids.length} items?`}
      onClose={onClose}
      width={440}
      testId="delete-items-dialog"
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button danger" onClick={confirm}>
            Delete {ids.length} items
          </button>
        </>
      }
    >
      <p>
        “{first?.title ?? 'An item'}” and {ids.length - 1} more go, with their links. Their children move up to the
        deleted item’s parent. You can undo this.
      </p>
    </Modal>
  );
}
