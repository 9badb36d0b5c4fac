import { daysBetween, type Item } from '@planroom/shared';
import { useGoals, usePerson } from '../core/records';
import { useLane } from '../core/useYjs';
import { StatusIcon, statusInfo } from '../ui/icons';
import { ScheduleFacts } from './ItemExtras';
import { useRoadmap } from './RoadmapContext';

/** What a viewer sees for the selected item: the same facts, nothing to edit. */
export function ItemDetails({ item }: { item: Item }) {
  const { ItemAssignments, ItemMeasures } = useRoadmap().slots;
  const lane = useLane(item.laneId ?? '');
  const status = statusInfo(item.status);
  const owner = usePerson(item.ownerId);
  const goals = useGoals().filter((g) => item.goalIds.includes(g.id));
  return (
    <>
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
        <dt>Owner</dt>
        <dd>{owner?.name ?? 'Nobody'}</dd>
        {goals.length > 0 && (
          <>
            <dt>Goals</dt>
            <dd className="details-goals">
              {goals.map((g) => (
                <span key={g.id} className="goal-chip">
                  <span className="goal-swatch" style={{ background: g.color }} aria-hidden="true" />
                  {g.title}
                </span>
              ))}
            </dd>
          </>
        )}
        {item.tags.length > 0 && (
          <>
            <dt>Tags</dt>
            <dd className="details-goals" data-testid="item-tags">
              {item.tags.map((tag) => (
                <span key={tag} className="goal-chip">
                  {tag}
                </span>
              ))}
            </dd>
          </>
        )}
        {item.notes && (
          <>
            <dt>Notes</dt>
            <dd className="details-notes">{item.notes}</dd>
          </>
        )}
      </dl>
      {ItemAssignments && <ItemAssignments itemId={item.id} />}
      <ScheduleFacts item={item} />
      {ItemMeasures && <ItemMeasures itemId={item.id} />}
    </>
  );
}
