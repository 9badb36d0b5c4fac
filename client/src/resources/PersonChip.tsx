import { initials } from '@planroom/shared';
import { usePerson } from '../core/records';
import { useResourceBoard } from './ResourcesContext';

/** What follows the pointer while a person is dragged to another team. */
export function PersonChip({ personId }: { personId: string }) {
  const person = usePerson(personId);
  const { resources } = useResourceBoard();
  if (!person) return null;
  const team = person.teamId ? resources.model.teams.get(person.teamId) : undefined;
  return (
    <div className="person-chip" data-testid="person-chip">
      <span className="avatar" style={{ background: person.color }} aria-hidden="true">
        {initials(person.name)}
      </span>
      <span>
        <strong>{person.name}</strong>
        <span className="muted"> from {team?.name ?? 'no team'}: drop on another team</span>
      </span>
    </div>
  );
}
