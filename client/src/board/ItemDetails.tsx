import { daysBetween, type Item } from '@planroom/shared';
import { useLane } from '../hooks/useYjs';
import { STATUS_INFO, StatusIcon } from './icons';

/** What a viewer sees for the selected item: the same facts, nothing to edit. */
export function ItemDetails({ item }: { item: Item }) {
  const lane = useLane(item.laneId ?? '');
  const status = STATUS_INFO[item.status];
  return (
    <dl className="details" data-testid="item-details">
      <dt>Dates</dt>
      <dd>
        {item.kind === 'milestone'
          ? item.start
          : `${item.start} → ${item.end} (${daysBetween(item.start, item.end) + 1} days)`}
      </dd>
      <dt>Status</dt>
      <dd className={`status-text tone-${item.status}`} title={status.hint}>
        <StatusIcon status={item.status} /> {status.label}
      </dd>
      {item.kind !== 'milestone' && (
        <>
          <dt>Progress</dt>
          <dd>
            <span className="progress-meter" aria-hidden="true">
              <span style={{ width: `${item.progress}%` }} />
            </span>
            {item.progress}%
          </dd>
        </>
      )}
      <dt>Lane</dt>
      <dd>{lane?.title ?? 'No lane'}</dd>
      {item.notes && (
        <>
          <dt>Notes</dt>
          <dd className="details-notes">{item.notes}</dd>
        </>
      )}
    </dl>
  );
}
