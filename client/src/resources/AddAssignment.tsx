import { assignPerson } from '@planroom/shared';
import { useId, useState } from 'react';
import { useDerived, usePeople } from '../core/records';
import { PlusIcon } from '../ui/icons';
import { UnitToggle } from './AmountFields';
import { NOT_A_NUMBER } from './AssignmentRow';
import { write } from './actions';
import { type AmountUnit, amountPatch, parseAmount } from './assignmentMath';
import { useResourceBoard } from './ResourcesContext';

/** The "who" choice for role demand: nobody yet, a role to staff. */
const DEMAND = 'demand';

/**
 * A new assignment: on an item, a person (or nobody yet, with the role the work needs);
 * on a person, an item. Then hours a week or a percentage. The role of a staffed
 * assignment is the person's, so if they leave, the demand still says what it needs.
 */
export function AddAssignment(props: { itemId: string } | { personId: string }) {
  const ctx = useResourceBoard();
  const ids = useId();
  const people = usePeople();
  const [pick, setPick] = useState('');
  const [role, setRole] = useState('');
  const [amount, setAmount] = useState('');
  const [unit, setUnit] = useState<AmountUnit>('hours');
  const [error, setError] = useState<string>();
  const onItem = 'itemId' in props;

  function add() {
    const itemId = onItem ? props.itemId : pick;
    const personId = onItem ? (pick === DEMAND ? null : pick) : props.personId;
    if (!pick) return setError(onItem ? 'Choose a person, or “Nobody yet” for a role to staff' : 'Choose an item');
    if (personId === null && !role.trim()) return setError('Name the role this work needs, e.g. Backend developer');
    const value = parseAmount(amount);
    if (value === null) return setError(NOT_A_NUMBER);
    const who = personId ? ctx.store.people.get(personId) : undefined;
    const input = { itemId, personId, role: personId ? (who?.role ?? '') : role.trim(), ...amountPatch(unit, value) };
    if (write(ctx, () => assignPerson(ctx.doc, input), setError)) {
      setError(undefined);
      setPick('');
      setRole('');
      setAmount('');
    }
  }

  return (
    <div className="add-assignment" data-testid="add-assignment">
      <div className="field">
        <label className="field-label" htmlFor={`${ids}-pick`}>
          {onItem ? 'Assign' : 'Assign to item'}
        </label>
        <select id={`${ids}-pick`} value={pick} onChange={(e) => setPick(e.target.value)}>
          <option value="">{onItem ? 'Choose a person…' : 'Choose an item…'}</option>
          {onItem ? (
            <>
              {people.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                  {p.role ? ` (${p.role})` : ''}
                </option>
              ))}
              <option value={DEMAND}>Nobody yet: a role to staff</option>
            </>
          ) : (
            <ItemOptions />
          )}
        </select>
      </div>
      {pick === DEMAND && (
        <div className="field">
          <label className="field-label" htmlFor={`${ids}-role`}>
            Role
          </label>
          <input
            id={`${ids}-role`}
            type="text"
            maxLength={120}
            placeholder="e.g. Backend developer"
            value={role}
            onChange={(e) => setRole(e.target.value)}
          />
        </div>
      )}
      <div className="field">
        <label className="field-label" htmlFor={`${ids}-amount`}>
          Amount
        </label>
        <div className="asg-amount">
          <input
            id={`${ids}-amount`}
            type="text"
            inputMode="decimal"
            className="amount-input"
            placeholder={unit === 'hours' ? 'e.g. 16' : 'e.g. 50'}
            value={amount}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${ids}-error` : undefined}
            onChange={(e) => setAmount(e.target.value)}
            onKeyDown={(e) => e.key === 'Enter' && add()}
          />
          <UnitToggle unit={unit} onChange={setUnit} />
          <button type="button" className="button small" onClick={add}>
            <PlusIcon size={14} />
            {pick === DEMAND ? 'Add demand' : 'Add assignment'}
          </button>
        </div>
      </div>
      {error && (
        <p className="field-error" role="alert" id={`${ids}-error`} data-testid="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

function ItemOptions() {
  const { store } = useResourceBoard();
  const items = useDerived(
    store.subscribeAny,
    () =>
      [...store.getItems().values()]
        .map((i) => ({ id: i.id, title: i.title }))
        .sort((a, b) => a.title.localeCompare(b.title)),
    (a, b) => a.length === b.length && a.every((x, i) => x.id === b[i]?.id && x.title === b[i]?.title),
  );
  return (
    <>
      {items.map((i) => (
        <option key={i.id} value={i.id}>
          {i.title}
        </option>
      ))}
    </>
  );
}
