import { daysBetween, type Item } from '@planroom/shared';
import { useGoals, usePerson } from '../core/records';
import { useLane } from '../core/useYjs';
import { translate } from '../i18n/translate';
import { useT } from '../i18n/useT';
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
  const t = useT();
  return (
    <>
      <dl className="details" data-testid="item-details">
        <dt>{t('details.dates')}</dt>
        <dd>
          {item.kind === 'milestone'
            ? item.start
            : t('details.span', {
                start: item.start,
                end: item.end,
                days: translate('bar.days', { count: daysBetween(item.start, item.end) + 1 }),
              })}
        </dd>
        <dt>{t('details.status')}</dt>
        <dd className={`status-text tone-${item.status}`} title={status.hint}>
          <StatusIcon status={item.status} /> {status.label}
        </dd>
        {item.kind !== 'milestone' && (
          <>
            <dt>{t('details.progress')}</dt>
            <dd>
              <span className="progress-meter" aria-hidden="true">
                <span style={{ width: `${item.progress}%` }} />
              </span>
              {item.progress}%
            </dd>
          </>
        )}
        <dt>{t('details.lane')}</dt>
        <dd>{lane?.title ?? t('lane.none')}</dd>
        <dt>{t('details.owner')}</dt>
        <dd>{owner?.name ?? t('details.nobody')}</dd>
        {goals.length > 0 && (
          <>
            <dt>{t('details.goals')}</dt>
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
            <dt>{t('details.tags')}</dt>
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
            <dt>{t('details.notes')}</dt>
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
