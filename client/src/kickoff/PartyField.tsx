import { type FullBoardSnapshot, type Party, partyPersonId } from '@planroom/shared';
import { useId, useState } from 'react';
import { edit } from '../core/edit';
import { useKickoffBoard } from './KickoffContext';

const OUTSIDE = '__outside__';

/** Someone the kickoff names, in words: a person on the board, an outside name, or nobody. */
export function partyLabel(p: Party | null, board: FullBoardSnapshot): string {
  if (!p) return 'Nobody yet';
  const personId = partyPersonId(p);
  if (personId) return board.people.find((person) => person.id === personId)?.name ?? 'Former member';
  return 'name' in p ? p.name : 'Nobody yet';
}

/**
 * Picks a person on the board or names someone outside it ("CFO office"). The choice is
 * written as one value, so two people picking at once leave one choice.
 */
export function PartyField(props: {
  label: string;
  value: Party | null;
  board: FullBoardSnapshot;
  write: (value: Party | null) => void;
  testId?: string;
}) {
  const ctx = useKickoffBoard();
  const id = useId();
  const { value, board, write } = props;
  const personId = partyPersonId(value);
  const outsideName = value && 'name' in value ? value.name : null;
  const [naming, setNaming] = useState(false);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string>();
  if (!ctx.canEdit)
    return (
      <div className="field">
        <span className="field-label">{props.label}</span>
        <span data-testid={props.testId}>{partyLabel(value, board)}</span>
      </div>
    );
  const save = (next: Party | null) => {
    if (edit(ctx, () => write(next), setError)) setError(undefined);
  };
  const selectValue = naming || outsideName !== null ? OUTSIDE : (personId ?? '');
  return (
    <div className="field party-field">
      <label className="field-label" htmlFor={id}>
        {props.label}
      </label>
      <select
        id={id}
        data-testid={props.testId}
        value={selectValue}
        onChange={(e) => {
          const v = e.target.value;
          if (v === OUTSIDE) {
            setNaming(true);
            setDraft(outsideName ?? '');
          } else {
            setNaming(false);
            save(v ? { personId: v } : null);
          }
        }}
      >
        <option value="">Nobody yet</option>
        {board.people.map((p) => (
          <option key={p.id} value={p.id}>
            {p.role ? `${p.name} (${p.role})` : p.name}
          </option>
        ))}
        <option value={OUTSIDE}>
          {outsideName ? `${outsideName} (not on the board)` : 'Someone not on the board…'}
        </option>
      </select>
      {(naming || outsideName !== null) && (
        <input
          className="cell-input"
          aria-label={`${props.label}: name of someone not on the board`}
          placeholder="Name, or a body like “Steering group”"
          value={naming ? draft : (outsideName ?? '')}
          onFocus={() => {
            if (!naming) {
              setNaming(true);
              setDraft(outsideName ?? '');
            }
          }}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={() => {
            if (!naming) return;
            setNaming(false);
            if (draft.trim() && draft.trim() !== outsideName) save({ name: draft.trim() });
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') e.currentTarget.blur();
          }}
        />
      )}
      {error && (
        <p className="field-error" role="alert">
          {props.label} {error}
        </p>
      )}
    </div>
  );
}
