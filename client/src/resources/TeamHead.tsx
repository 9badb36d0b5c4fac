import { renameTeam, reorderTeam } from '@planroom/shared';
import { useCallback, useSyncExternalStore } from 'react';
import { ArrowDownIcon, ArrowUpIcon, PlusIcon, TrashIcon } from '../ui/icons';
import { NameInput } from '../ui/NameInput';
import { addPerson, write } from './actions';
import { useResourceBoard } from './ResourcesContext';

const people = (n: number) => `${n} ${n === 1 ? 'person' : 'people'}`;

interface Props {
  teamId: string | null;
  memberCount: number;
  index: number;
  teamCount: number;
}

/** A team's name (editors rename it in place) and its tools: move up or down, add a person, delete. */
export function TeamHead({ teamId, memberCount, index, teamCount }: Props) {
  const ctx = useResourceBoard();
  const { teams } = ctx.resources.model;
  const subscribe = useCallback((cb: () => void) => (teamId ? teams.subscribe(teamId, cb) : () => {}), [teams, teamId]);
  const team = useSyncExternalStore(subscribe, () => (teamId ? teams.get(teamId) : undefined));

  if (!teamId || !team) {
    return (
      <div className="team-title">
        <span className="team-name is-none">No team</span>
        <span className="team-count">{people(memberCount)}</span>
      </div>
    );
  }

  return (
    <div className="team-title">
      {ctx.canEdit ? (
        <NameInput
          id={teamId}
          name={team.name}
          focus={ctx.resources.session.focusName}
          onRename={(name) => write(ctx, () => renameTeam(ctx.doc, teamId, name))}
          className="team-name-input"
          title="Team name: click to rename"
          label="Team name"
        />
      ) : (
        <span className="team-name">{team.name}</span>
      )}
      <span className="team-count">{people(memberCount)}</span>
      {ctx.canEdit && (
        <span className="lane-tools team-tools">
          <button
            type="button"
            className="icon-button small"
            disabled={index === 0}
            onClick={() => write(ctx, () => reorderTeam(ctx.doc, teamId, index - 1))}
            title="Move team up"
          >
            <ArrowUpIcon size={14} />
            <span className="sr-only">Move team up</span>
          </button>
          <button
            type="button"
            className="icon-button small"
            disabled={index >= teamCount - 1}
            onClick={() => write(ctx, () => reorderTeam(ctx.doc, teamId, index + 1))}
            title="Move team down"
          >
            <ArrowDownIcon size={14} />
            <span className="sr-only">Move team down</span>
          </button>
          <button
            type="button"
            className="icon-button small"
            onClick={() => addPerson(ctx, teamId)}
            title={`Add a person to ${team.name}`}
          >
            <PlusIcon size={14} />
            <span className="sr-only">Add a person to {team.name}</span>
          </button>
          <button
            type="button"
            className="icon-button small danger"
            onClick={() => ctx.resources.session.dialog.set({ kind: 'delete-team', teamId })}
            title="Delete team (its people stay)"
          >
            <TrashIcon size={14} />
            <span className="sr-only">Delete team {team.name}</span>
          </button>
        </span>
      )}
    </div>
  );
}
