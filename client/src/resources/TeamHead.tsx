import { renameTeam, reorderTeam } from '@planroom/shared';
import { useCallback, useSyncExternalStore } from 'react';
import { type Translate, useT } from '../i18n/useT';
import { ArrowDownIcon, ArrowUpIcon, PlusIcon, TrashIcon } from '../ui/icons';
import { NameInput } from '../ui/NameInput';
import { addPerson, write } from './actions';
import { useResourceBoard } from './ResourcesContext';

const people = (t: Translate, n: number) => t('team.people', { count: n });

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
  const t = useT();

  if (!teamId || !team) {
    return (
      <div className="team-title">
        <span className="team-name is-none">{t('team.none')}</span>
        <span className="team-count">{people(t, memberCount)}</span>
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
          title={t('team.renameTitle')}
          label={t('team.name')}
        />
      ) : (
        <span className="team-name">{team.name}</span>
      )}
      <span className="team-count">{people(t, memberCount)}</span>
      {ctx.canEdit && (
        <span className="lane-tools team-tools">
          <button
            type="button"
            className="icon-button small"
            disabled={index === 0}
            onClick={() => write(ctx, () => reorderTeam(ctx.doc, teamId, index - 1))}
            title={t('team.up')}
          >
            <ArrowUpIcon size={14} />
            <span className="sr-only">{t('team.up')}</span>
          </button>
          <button
            type="button"
            className="icon-button small"
            disabled={index >= teamCount - 1}
            onClick={() => write(ctx, () => reorderTeam(ctx.doc, teamId, index + 1))}
            title={t('team.down')}
          >
            <ArrowDownIcon size={14} />
            <span className="sr-only">{t('team.down')}</span>
          </button>
          <button
            type="button"
            className="icon-button small"
            onClick={() => addPerson(ctx, teamId)}
            title={t('team.addPerson', { name: team.name })}
          >
            <PlusIcon size={14} />
            <span className="sr-only">{t('team.addPerson', { name: team.name })}</span>
          </button>
          <button
            type="button"
            className="icon-button small danger"
            onClick={() => ctx.resources.session.dialog.set({ kind: 'delete-team', teamId })}
            title={t('team.deleteTitle')}
          >
            <TrashIcon size={14} />
            <span className="sr-only">{t('team.deleteNamed', { name: team.name })}</span>
          </button>
        </span>
      )}
    </div>
  );
}
