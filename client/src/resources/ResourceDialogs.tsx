import { deletePerson, deleteTeam } from '@planroom/shared';
import { useCallback } from 'react';
import { usePerson } from '../core/records';
import { useT } from '../i18n/useT';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { useValue } from '../ui/useValue';
import { write } from './actions';
import { useResourceBoard } from './ResourcesContext';
import { deletePersonText, deleteTeamText } from './resourceText';

/** The resource view's one open confirmation, if any (editors only). */
export function ResourceDialogs() {
  const { resources, canEdit } = useResourceBoard();
  const dialog = useValue(resources.session.dialog);
  const close = useCallback(() => resources.session.dialog.set(null), [resources.session]);
  if (!dialog || !canEdit) return null;
  if (dialog.kind === 'delete-person') return <DeletePersonDialog personId={dialog.personId} onClose={close} />;
  return <DeleteTeamDialog teamId={dialog.teamId} onClose={close} />;
}

/**
 * Deleting a person keeps their work: their assignments become unstaffed demand for the
 * same hours and the items they own carry on without an owner. The dialog says how much.
 */
function DeletePersonDialog({ personId, onClose }: { personId: string; onClose: () => void }) {
  const ctx = useResourceBoard();
  const person = usePerson(personId);
  const t = useT();
  const assignments = ctx.resources.model.assignments.all().filter((a) => a.personId === personId).length;
  let owned = 0;
  for (const item of ctx.store.getItems().values()) if (item.ownerId === personId) owned++;
  const name = person?.name ?? 'this person';

  return (
    <ConfirmDialog
      heading={t('resources.deletePerson')}
      action={t('resources.deletePerson')}
      onConfirm={() => {
        if (write(ctx, () => deletePerson(ctx.doc, personId))) ctx.resources.session.person.set(null);
      }}
      onClose={onClose}
      width={460}
      testId="delete-person-dialog"
    >
      <p data-testid="delete-person-summary">{deletePersonText(name, assignments, owned)}</p>
      <p className="muted dialog-note">{t('common.canUndo')}</p>
    </ConfirmDialog>
  );
}

function DeleteTeamDialog({ teamId, onClose }: { teamId: string; onClose: () => void }) {
  const ctx = useResourceBoard();
  const team = ctx.resources.model.teams.get(teamId);
  const t = useT();
  const members = ctx.store.people.all().filter((p) => p.teamId === teamId).length;

  return (
    <ConfirmDialog
      heading={t('resources.deleteTeamHeading', { name: team?.name ?? '' })}
      action={t('resources.deleteTeam')}
      onConfirm={() => write(ctx, () => deleteTeam(ctx.doc, teamId))}
      onClose={onClose}
      testId="delete-team-dialog"
    >
      <p>{deleteTeamText(team?.name ?? '', members)}</p>
      <p className="muted dialog-note">{t('common.canUndo')}</p>
    </ConfirmDialog>
  );
}
