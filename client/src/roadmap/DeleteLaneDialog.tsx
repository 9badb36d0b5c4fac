import { deleteLane } from '@planroom/shared';
import { edit } from '../core/edit';
import { useItemSpansInLane, useLane, useLaneIds } from '../core/useYjs';
import { useT } from '../i18n/useT';
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
  const t = useT();

  const what =
    count === 0
      ? t('deleteLane.empty')
      : heir
        ? t('deleteLane.move', { count, heir: heir.title })
        : t('deleteLane.last', { count });

  return (
    <ConfirmDialog
      heading={t('deleteLane.heading', { title: lane?.title ?? '' })}
      action={t('deleteLane.action')}
      onConfirm={() => edit(ctx, () => deleteLane(ctx.doc, laneId))}
      onClose={onClose}
      testId="delete-lane-dialog"
      disabled={count > 0 && !heir}
    >
      <p>
        {what} {t('common.canUndo')}
      </p>
    </ConfirmDialog>
  );
}
