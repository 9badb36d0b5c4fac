import { deleteLane } from '@planroom/shared';
import { useRef } from 'react';
import { useItemSpansInLane, useLane, useLaneIds } from '../hooks/useYjs';
import { Modal } from '../ui/Modal';
import { edit } from './actions';
import { useBoard } from './BoardContext';

export function DeleteLaneDialog({ laneId, onClose }: { laneId: string; onClose: () => void }) {
  const ctx = useBoard();
  const lane = useLane(laneId);
  const laneIds = useLaneIds();
  const count = useItemSpansInLane(laneId).length;
  const done = useRef(false);
  const index = laneIds.indexOf(laneId);
  const heirId = laneIds[index - 1] ?? laneIds[index + 1];
  const heir = useLane(heirId ?? '');

  function confirm() {
    if (done.current) return;
    done.current = true;
    edit(ctx, () => deleteLane(ctx.doc, laneId));
    onClose();
  }

  const what =
    count === 0
      ? 'The lane is empty.'
      : heir
        ? `Its ${count} item${count === 1 ? '' : 's'} move to “${heir.title}”; nothing is deleted with it.`
        : `It is the last lane and still holds ${count} item${count === 1 ? '' : 's'}: move them first.`;

  return (
    <Modal
      heading={`Delete lane “${lane?.title ?? ''}”?`}
      onClose={onClose}
      width={440}
      testId="delete-lane-dialog"
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button danger" onClick={confirm} disabled={count > 0 && !heir}>
            Delete lane
          </button>
        </>
      }
    >
      <p>{what} You can undo this.</p>
    </Modal>
  );
}
