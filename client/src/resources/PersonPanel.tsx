import type { Person } from '@planroom/shared';
import { useEffect } from 'react';
import { usePerson } from '../core/records';
import { useT } from '../i18n/useT';
import { closeOnEscape } from '../ui/escape';
import { CloseIcon } from '../ui/icons';
import { useValue } from '../ui/useValue';
import { AddAssignment } from './AddAssignment';
import { AssignmentLine, AssignmentRow } from './AssignmentRow';
import { PersonForm } from './PersonForm';
import { useResourceBoard } from './ResourcesContext';
import { capacityText } from './resourceText';
import { timeOffText } from './TimeOffField';
import { useAssignments } from './useResources';

/** The side panel for one person: a form for editors, details for viewers, and their assignments. */
export function PersonPanel() {
  const { resources, canEdit } = useResourceBoard();
  const id = useValue(resources.session.person);
  const person = usePerson(id);
  const t = useT();

  // deleted here, elsewhere or by an undo: nothing left to show
  useEffect(() => {
    if (id && !person) resources.session.person.set(null);
  }, [id, person, resources.session]);

  if (!id || !person) return null;
  // Escape closes the panel (after a field reverts an edit in progress) and goes back to the person's row
  const onKeyDown = closeOnEscape(() => {
    resources.session.person.set(null);
    document
      .querySelector<HTMLElement>(
        `[data-testid="person-row"][data-person-id="${CSS.escape(id)}"] [data-testid="person-name"]`,
      )
      ?.focus({ preventScroll: true });
  });
  return (
    <aside
      className="panel"
      aria-label={t('person.details')}
      data-testid="person-panel"
      data-person-id={id}
      onKeyDown={onKeyDown}
    >
      <div className="panel-head">
        <h2>
          <span className="panel-kind">{t('person.kind')}</span>
          {!canEdit && <span className="panel-title">{person.name}</span>}
        </h2>
        <button
          type="button"
          className="icon-button"
          onClick={() => resources.session.person.set(null)}
          title={t('panel.close')}
        >
          <CloseIcon />
          <span className="sr-only">{t('panel.close')}</span>
        </button>
      </div>
      <div className="panel-body">
        {canEdit ? <PersonForm key={id} person={person} /> : <PersonDetails person={person} />}
        <PersonAssignments personId={id} />
        {canEdit && (
          <div className="form-actions">
            <button
              type="button"
              className="button danger subtle"
              onClick={() => resources.session.dialog.set({ kind: 'delete-person', personId: id })}
            >
              {t('resources.deletePerson')}
            </button>
          </div>
        )}
      </div>
    </aside>
  );
}

function PersonDetails({ person }: { person: Person }) {
  const { resources } = useResourceBoard();
  const team = person.teamId ? resources.model.teams.get(person.teamId) : undefined;
  const t = useT();
  return (
    <dl className="details" data-testid="person-details">
      <dt>{t('person.role')}</dt>
      <dd>{person.role || t('person.noRole')}</dd>
      <dt>{t('person.team')}</dt>
      <dd>{team?.name ?? t('team.none')}</dd>
      <dt>{t('person.capacity')}</dt>
      <dd>{capacityText(person)}</dd>
      <dt>{t('person.timeOff')}</dt>
      <dd className="details-notes">
        {person.timeOff.length ? person.timeOff.map((off) => timeOffText(off)).join('\n') : t('person.nonePlanned')}
      </dd>
    </dl>
  );
}

function PersonAssignments({ personId }: { personId: string }) {
  const { canEdit } = useResourceBoard();
  const assignments = useAssignments({ personId });
  const t = useT();
  return (
    <section className="field assignments-field" data-testid="person-assignments" aria-labelledby={`pa-${personId}`}>
      <h3 className="field-label" id={`pa-${personId}`}>
        {t('person.assignments')}
      </h3>
      {assignments.length === 0 && <p className="field-hint">{t('person.noAssignments')}</p>}
      <ul className="asg-list">
        {assignments.map((a) =>
          canEdit ? (
            <AssignmentRow key={a.id} assignment={a} show="item" />
          ) : (
            <AssignmentLine key={a.id} assignment={a} show="item" />
          ),
        )}
      </ul>
      {canEdit && <AddAssignment personId={personId} />}
    </section>
  );
}
