import type { GroupBy, Status } from '@planroom/shared';
import { initials, STATUSES } from '@planroom/shared';
import { memo } from 'react';
import { useGoals, usePerson } from '../core/records';
import { StatusIcon } from '../ui/icons';
import { LaneTitle } from './LaneTitle';
import type { RowEntry } from './layoutEngine';

const count = (shown: number, total: number) =>
  shown === total ? `${total} item${total === 1 ? '' : 's'}` : `${shown} of ${total} items`;

const isStatus = (key: string): key is Status => (STATUSES as readonly string[]).includes(key);

/** The title cell of a row in a grouping other than lanes (read-only: it is a view). */
export const GroupHeader = memo(function GroupHeader({ entry, group }: { entry: RowEntry; group: GroupBy }) {
  return (
    <div className="lane-head">
      <LaneTitle title={entry.title} className={entry.key === 'none' ? 'is-none' : undefined}>
        <GroupMark group={group} rowKey={entry.key} />
      </LaneTitle>
      <span className="lane-count">{count(entry.itemIds.length, entry.total)}</span>
    </div>
  );
});

function GroupMark({ group, rowKey }: { group: GroupBy; rowKey: string }) {
  if (rowKey === 'none') return null;
  if (group === 'owner') return <OwnerMark id={rowKey} />;
  if (group === 'goal') return <GoalMark id={rowKey} />;
  if (group === 'status' && isStatus(rowKey)) {
    return (
      <span className={`group-mark tone-${rowKey}`}>
        <StatusIcon status={rowKey} />
      </span>
    );
  }
  return null;
}

function OwnerMark({ id }: { id: string }) {
  const person = usePerson(id);
  if (!person) return null;
  return (
    <span className="avatar group-mark" style={{ background: person.color }} aria-hidden="true">
      {initials(person.name)}
    </span>
  );
}

function GoalMark({ id }: { id: string }) {
  const goal = useGoals().find((g) => g.id === id);
  if (!goal) return null;
  return <span className="goal-swatch group-mark" style={{ background: goal.color }} aria-hidden="true" />;
}
