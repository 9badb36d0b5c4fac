import { renameLane, reorderLane } from '@planroom/shared';
import { memo } from 'react';
import { edit } from '../core/edit';
import { useLane } from '../core/useYjs';
import { type Translate, useT } from '../i18n/useT';
import { ArrowDownIcon, ArrowUpIcon, TrashIcon } from '../ui/icons';
import { NameInput } from '../ui/NameInput';
import { LaneTitle } from './LaneTitle';
import { useRoadmap } from './RoadmapContext';

interface Props {
  laneId: string | null;
  index: number;
  laneCount: number;
  itemCount: number;
  /** Items in the lane before filters. */
  total?: number;
}

const count = (t: Translate, n: number, total = n) =>
  n === total ? t('lane.count', { count: n }) : t('lane.countOf', { count: n, total });

/** The sticky left cell of a lane: its name (editable by editors) and lane controls. */
export const LaneHeader = memo(function LaneHeader({ laneId, index, laneCount, itemCount, total }: Props) {
  const t = useT();
  if (!laneId) {
    return (
      <div className="lane-head">
        <span className="lane-name is-none">{t('lane.none')}</span>
        <span className="lane-count">{count(t, itemCount, total)}</span>
      </div>
    );
  }
  return <NamedLaneHeader laneId={laneId} index={index} laneCount={laneCount} itemCount={itemCount} total={total} />;
});

function NamedLaneHeader({ laneId, index, laneCount, itemCount, total }: Props & { laneId: string }) {
  const ctx = useRoadmap();
  const lane = useLane(laneId);
  const title = lane?.title ?? '';
  const t = useT();

  if (!ctx.canEdit) {
    return (
      <div className="lane-head">
        <LaneTitle title={title} />
        <span className="lane-count">{count(t, itemCount, total)}</span>
      </div>
    );
  }

  return (
    <div className="lane-head">
      <NameInput
        id={laneId}
        name={title}
        focus={ctx.session.focusLane}
        onRename={(name) => edit(ctx, () => renameLane(ctx.doc, laneId, name))}
        className="lane-name-input"
        title={t('lane.renameTitle')}
      />
      <span className="lane-count">{count(t, itemCount, total)}</span>
      <span className="lane-tools">
        <button
          type="button"
          className="icon-button small"
          disabled={index === 0}
          onClick={() => edit(ctx, () => reorderLane(ctx.doc, laneId, index - 1))}
          title={t('lane.upTitle')}
        >
          <ArrowUpIcon size={14} />
          <span className="sr-only">{t('lane.up')}</span>
        </button>
        <button
          type="button"
          className="icon-button small"
          disabled={index >= laneCount - 1}
          onClick={() => edit(ctx, () => reorderLane(ctx.doc, laneId, index + 1))}
          title={t('lane.downTitle')}
        >
          <ArrowDownIcon size={14} />
          <span className="sr-only">{t('lane.down')}</span>
        </button>
        <button
          type="button"
          className="icon-button small danger"
          onClick={() => ctx.session.dialog.set({ kind: 'delete-lane', laneId })}
          title={t('lane.deleteTitle')}
        >
          <TrashIcon size={14} />
          <span className="sr-only">{t('common.delete')}</span>
        </button>
      </span>
    </div>
  );
}
