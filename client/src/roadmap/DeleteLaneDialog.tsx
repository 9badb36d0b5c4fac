import { deleteLane } from '@planroom/shared';
import { edit } from '../core/edit';
import { useItemSpansInLane, useLane, useLaneIds } from '../core/useYjs';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { useRoadmap } from './RoadmapContext';

export function DeleteLaneDialog({ laneId, onClose }: { laneId: string; onClose: () => void }) {
  const ctx = useRoadmap();
  const lane = useLane(laneId);
  const laneIds = useLaneIds();
  const count = useItemSpansInLane(laneId).length;
  const index = laneIds.indexOf(laneId);
  const heirId = laneIds[index - 1] ?? laneIds[index + 1];
  const heir = useLane(heirId ?? '');

  const what =
    count === 0
      ? 'The lane is empty.'
      : heir
        ? `Its ${count} item${count === 1 ? '' : 's'} move to “${heir.title}”; nothing is deleted with it.`
        : `It is the last lane and still holds ${count} item${count === 1 ? '' : 's'}: move them first.`;

  return (
    <ConfirmDialog
      heading={`Delete lane “${lane?.title ?? ''}”?`}
      action="Delete lane"
      onConfirm={() => edit(ctx, () => deleteLane(ctx.doc, laneId))}
      onClose={onClose}
      testId="delete-lane-dialog"
      disabled={count > 0 && !heir}
    >
      <p>{what} You can undo this.</p>
    </ConfirmDialog>
  );
}
