import { type Person, updatePerson } from '@planroom/shared';
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { escapeReverts } from '../ui/escape';
import { Row } from '../ui/FieldRow';
import { useValue } from '../ui/useValue';
import { write } from './actions';
import { parseAmount } from './assignmentMath';
import { useResourceBoard } from './ResourcesContext';
import { TimeOffField } from './TimeOffField';
import { useTeams } from './useResources';

type Field = 'name' | 'role' | 'teamId' | 'capacityHoursPerWeek' | 'color';

/**
 * Editing one person. Fields show the live document; a field being typed in keeps its
 * draft until committed (Enter, or leaving it). A refused value (no name, capacity 0,
 * negative hours) stays in the field with shared's reason under it, and nothing changes.
 */
export function PersonForm({ person }: { person: Person }) {
  const ctx = useResourceBoard();
  const { resources } = ctx;
  const ids = useId();
  const teams = useTeams();
  const [drafts, setDrafts] = useState<Partial<Record<Field, string>>>({});
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const nameInput = useRef<HTMLInputElement>(null);
  const focusName = useValue(resources.session.focusName);

  useEffect(() => {
    if (focusName !== person.id || !nameInput.current) return;
    nameInput.current.focus();
    nameInput.current.select();
    resources.session.focusName.set(null);
  }, [focusName, person.id, resources.session]);

  const setDraft = (field: Field, value: string | undefined) => setDrafts((d) => ({ ...d, [field]: value }));
  const fail = (field: Field, message: string) => setErrors((e) => ({ ...e, [field]: message }));
  function save(field: Field, patch: Partial<Omit<Person, 'id'>>) {
    if (
      write(
        ctx,
        () => updatePerson(ctx.doc, person.id, patch),
        (m) => fail(field, m),
      )
    ) {
      setErrors((e) => ({ ...e, [field]: undefined }));
      setDraft(field, undefined);
    }
  }
  function commitText(field: 'name' | 'role') {
    const draft = drafts[field];
    if (draft === undefined) return;
    if (draft.trim() === person[field]) setDraft(field, undefined);
    else save(field, { [field]: draft.trim() });
  }
  function commitCapacity() {
    const draft = drafts.capacityHoursPerWeek;
    if (draft === undefined) return;
    const hours = parseAmount(draft);
    if (hours === null) fail('capacityHoursPerWeek', 'Capacity must be a number of hours a week, like 40 or 32');
    else if (hours === person.capacityHoursPerWeek) setDraft('capacityHoursPerWeek', undefined);
    else save('capacityHoursPerWeek', { capacityHoursPerWeek: hours });
  }

  const props = (field: Field) => ({
    id: `${ids}-${field}`,
    'aria-invalid': errors[field] ? true : undefined,
    'aria-describedby': errors[field] ? `${ids}-${field}-error` : undefined,
  });
  const row = (field: Field) => ({
    htmlFor: `${ids}-${field}`,
    error: errors[field],
    errorId: `${ids}-${field}-error`,
  });
  const keys = (commit: () => void, field: Field) => (e: KeyboardEvent) => {
    if (e.key === 'Enter') commit();
    const draft = drafts[field];
    escapeReverts(e, draft !== undefined && draft !== String(person[field]), () => {
      setDraft(field, undefined);
      setErrors((x) => ({ ...x, [field]: undefined }));
    });
  };

  return (
    <form className="person-form" data-testid="person-form" onSubmit={(e) => e.preventDefault()}>
      <Row label="Name" {...row('name')}>
        <input
          {...props('name')}
          ref={nameInput}
          type="text"
          maxLength={120}
          value={drafts.name ?? person.name}
          onChange={(e) => setDraft('name', e.target.value)}
          onBlur={() => commitText('name')}
          onKeyDown={keys(() => commitText('name'), 'name')}
        />
      </Row>
      <Row label="Role" {...row('role')}>
        <input
          {...props('role')}
          type="text"
          maxLength={120}
          placeholder="e.g. Backend developer"
          value={drafts.role ?? person.role}
          onChange={(e) => setDraft('role', e.target.value)}
          onBlur={() => commitText('role')}
          onKeyDown={keys(() => commitText('role'), 'role')}
        />
      </Row>
      <div className="form-pair">
        <Row label="Team" {...row('teamId')}>
          <select
            {...props('teamId')}
            value={person.teamId && teams.some((t) => t.id === person.teamId) ? person.teamId : ''}
            onChange={(e) => save('teamId', { teamId: e.target.value || null })}
          >
            {teams.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
            <option value="">No team</option>
          </select>
        </Row>
        <Row label="Capacity (h/week)" {...row('capacityHoursPerWeek')}>
          <input
            {...props('capacityHoursPerWeek')}
            type="text"
            inputMode="decimal"
            value={drafts.capacityHoursPerWeek ?? String(person.capacityHoursPerWeek)}
            onChange={(e) => setDraft('capacityHoursPerWeek', e.target.value)}
            onBlur={commitCapacity}
            onKeyDown={keys(commitCapacity, 'capacityHoursPerWeek')}
          />
        </Row>
      </div>
      <p className="field-hint form-hint">Part-time is fine: 32 h/week is a four-day week. Time off comes off below.</p>
      <Row label="Colour" {...row('color')}>
        <input
          {...props('color')}
          type="color"
          className="goal-color"
          value={person.color}
          onChange={(e) => save('color', { color: e.target.value })}
        />
      </Row>
      <TimeOffField person={person} />
    </form>
  );
}
