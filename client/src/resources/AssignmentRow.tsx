import { type Assignment, unassign, updateAssignment } from '@planroom/shared';
import { useState } from 'react';
import { usePeople, usePerson } from '../core/records';
import { useItem } from '../core/useYjs';
import { escapeReverts } from '../ui/escape';
import { CloseIcon } from '../ui/icons';
import { AmountInput, UnitToggle } from './AmountFields';
import { openItem, write } from './actions';
import { amountOf, amountPatch, convertAmount, parseAmount, unitOf } from './assignmentMath';
import { useResourceBoard } from './ResourcesContext';
import { amountText, roleName } from './resourceText';

export const NOT_A_NUMBER = 'Amount must be a number, like 16 (hours a week) or 50 (%)';

/**
 * One assignment being edited: who (in an item's panel) or which item (in a person's),
 * the role it needs while nobody is staffed, how much of a week, and remove. A refused
 * value (negative hours, 300%) shows its reason under the row and changes nothing.
 */
export function AssignmentRow({ assignment: a, show }: { assignment: Assignment; show: 'person' | 'item' }) {
  const ctx = useResourceBoard();
  const person = usePerson(a.personId);
  const [error, setError] = useState<string>();
  const errorId = `asg-${a.id}-error`;
  const save = (patch: Partial<Omit<Assignment, 'id'>>) => {
    const ok = write(ctx, () => updateAssignment(ctx.doc, a.id, patch), setError);
    if (ok) setError(undefined);
    return ok;
  };
  function commitAmount(text: string): boolean {
    const value = parseAmount(text);
    if (value === null) {
      setError(NOT_A_NUMBER);
      return false;
    }
    if (value !== amountOf(a)) return save(amountPatch(unitOf(a), value));
    setError(undefined);
    return true;
  }

  return (
    <li
      className="asg-row"
      data-testid="assignment"
      data-assignment-id={a.id}
      data-item-id={a.itemId}
      data-person-id={a.personId ?? ''}
    >
      <div className="asg-who">
        {show === 'person' ? (
          <PersonSelect assignment={a} onChange={save} />
        ) : (
          <ItemLink itemId={a.itemId} onOpen={() => openItem(ctx, a.itemId)} />
        )}
        <button
          type="button"
          className="icon-button small danger"
          title="Remove this assignment"
          onClick={() => write(ctx, () => unassign(ctx.doc, a.id), setError)}
        >
          <CloseIcon size={14} />
          <span className="sr-only">Remove assignment</span>
        </button>
      </div>
      {a.personId === null && <RoleInput value={a.role} onCommit={(role) => role !== a.role && save({ role })} />}
      <div className="asg-amount">
        <AmountInput
          value={amountOf(a)}
          invalid={!!error}
          describedBy={error ? errorId : undefined}
          onCommit={commitAmount}
        />
        <UnitToggle
          unit={unitOf(a)}
          onChange={(unit) => unit !== unitOf(a) && save(convertAmount(a, unit, person?.capacityHoursPerWeek))}
        />
        <span className="asg-hint">{amountText(a, person)}</span>
      </div>
      {error && (
        <p className="field-error" role="alert" id={errorId} data-testid="field-error">
          {error}
        </p>
      )}
    </li>
  );
}

function PersonSelect({
  assignment: a,
  onChange,
}: {
  assignment: Assignment;
  onChange: (patch: Partial<Omit<Assignment, 'id'>>) => void;
}) {
  const people = usePeople();
  const current = usePerson(a.personId);
  return (
    <select
      aria-label="Person"
      value={a.personId ?? ''}
      onChange={(e) => {
        const personId = e.target.value || null;
        // released work keeps saying what it needs: the role it had, or the person's
        onChange(personId ? { personId } : { personId: null, role: a.role || current?.role || '' });
      }}
    >
      <option value="">Nobody yet (role demand)</option>
      {people.map((p) => (
        <option key={p.id} value={p.id}>
          {p.name}
          {p.role ? ` (${p.role})` : ''}
        </option>
      ))}
    </select>
  );
}

function ItemLink({ itemId, onOpen }: { itemId: string; onOpen: () => void }) {
  const item = useItem(itemId);
  return (
    <span className="asg-item">
      <button type="button" className="link-button" onClick={onOpen} title="Open this item">
        {item?.title ?? 'Item'}
      </button>
      {item && <span className="muted">{item.kind === 'milestone' ? item.start : `${item.start} → ${item.end}`}</span>}
    </span>
  );
}

export function RoleInput({ value, onCommit }: { value: string; onCommit: (role: string) => void }) {
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft !== null) onCommit(draft.trim());
    setDraft(null);
  };
  return (
    <input
      type="text"
      className="role-input"
      aria-label="Role"
      placeholder="Role it needs, e.g. Backend developer"
      maxLength={120}
      value={draft ?? value}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
        escapeReverts(e, draft !== null && draft !== value, () => setDraft(null));
      }}
    />
  );
}

/** What a viewer sees of one assignment. */
export function AssignmentLine({ assignment: a, show }: { assignment: Assignment; show: 'person' | 'item' }) {
  const person = usePerson(a.personId);
  const item = useItem(a.itemId);
  const who = show === 'person' ? (person?.name ?? `Needs a ${roleName(a.role)}`) : (item?.title ?? 'Item');
  return (
    <li className="asg-line" data-testid="assignment" data-assignment-id={a.id} data-person-id={a.personId ?? ''}>
      <span>{who}</span>
      <span className="muted">{amountText(a, person)}</span>
    </li>
  );
}
