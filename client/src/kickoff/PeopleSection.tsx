import {
  addStakeholder,
  deleteStakeholder,
  type FullBoardSnapshot,
  reorderStakeholder,
  type Stakeholder,
  setBudgetOwner,
  setSponsor,
  updateStakeholder,
} from '@planroom/shared';
import { edit } from '../core/edit';
import { AddLine, MoveButtons, RemoveButton } from './AddLine';
import { CellInput } from './CellInput';
import { useKickoffBoard } from './KickoffContext';
import { PartyField } from './PartyField';
import { RecordTable, Section } from './Section';
import type { OpenKickoff } from './useKickoff';

function StakeholderRow(props: { s: Stakeholder; board: FullBoardSnapshot; index: number; count: number }) {
  const { doc } = useKickoffBoard();
  const { s, board, index, count } = props;
  const person = s.personId ? board.people.find((p) => p.id === s.personId) : undefined;
  return (
    <tr data-testid="stakeholder-row" data-id={s.id}>
      <td>
        {person ? (
          <span title="On the board: their RACI column is theirs alone">{person.name}</span>
        ) : (
          <CellInput label="Name" value={s.name} commit={(name) => updateStakeholder(doc, s.id, { name })} />
        )}
      </td>
      <td>
        <CellInput
          label="Organisation"
          value={s.organisation}
          placeholder={person ? 'On the board' : 'Organisation'}
          commit={(organisation) => updateStakeholder(doc, s.id, { organisation })}
        />
      </td>
      <td>
        <CellInput
          label="Role"
          value={s.role}
          placeholder={person?.role || 'Role'}
          title="People outside the board who share a role share its RACI column"
          commit={(role) => updateStakeholder(doc, s.id, { role })}
        />
      </td>
      <td className="row-actions">
        <MoveButtons index={index} count={count} what="stakeholder" move={(i) => reorderStakeholder(doc, s.id, i)} />
        <RemoveButton
          what={`${person?.name ?? s.name} (and their RACI column, unless someone else shares it)`}
          onRemove={() => deleteStakeholder(doc, s.id)}
        />
      </td>
    </tr>
  );
}

/** Adds a person on the board as a stakeholder (a RACI column of their own). */
function AddPerson({ open }: { open: OpenKickoff }) {
  const ctx = useKickoffBoard();
  const taken = new Set(open.view.stakeholders.map((s) => s.personId));
  const free = open.board.people.filter((p) => !taken.has(p.id));
  if (!ctx.canEdit || free.length === 0) return null;
  return (
    <select
      className="item-pick"
      aria-label="Add someone on the board as a stakeholder"
      title="Add someone on the board: they get a RACI column"
      data-testid="add-stakeholder-person"
      value=""
      onChange={(e) => {
        const personId = e.target.value;
        if (personId) edit(ctx, () => addStakeholder(ctx.doc, open.view.kickoff.id, { personId }));
      }}
    >
      <option value="">+ Someone on the board…</option>
      {free.map((p) => (
        <option key={p.id} value={p.id}>
          {p.role ? `${p.name} (${p.role})` : p.name}
        </option>
      ))}
    </select>
  );
}

export function PeopleSection({ open }: { open: OpenKickoff }) {
  const { doc } = useKickoffBoard();
  const { kickoff, stakeholders } = open.view;
  return (
    <Section
      id="people"
      title="People"
      hint="Who pays, who signs off, and who has a stake. Each stakeholder is a column of the RACI matrix."
    >
      <div className="kickoff-two">
        <PartyField
          label="Sponsor"
          testId="sponsor"
          value={kickoff.sponsor}
          board={open.board}
          write={(p) => setSponsor(doc, kickoff.id, p)}
        />
        <PartyField
          label="Budget owner"
          testId="budget-owner"
          value={kickoff.budgetOwner}
          board={open.board}
          write={(p) => setBudgetOwner(doc, kickoff.id, p)}
        />
      </div>
      <h3>Stakeholders</h3>
      <RecordTable
        headings={['Name', 'Organisation', 'Role']}
        empty="No stakeholders yet: add people on the board, or outside names with their organisation and role."
      >
        {stakeholders.map((s, i) => (
          <StakeholderRow key={s.id} s={s} board={open.board} index={i} count={stakeholders.length} />
        ))}
      </RecordTable>
      <div className="add-row">
        <AddPerson open={open} />
        <AddLine
          label="New stakeholder outside the board"
          placeholder="Or someone outside the board: name…"
          testId="add-stakeholder-name"
          add={(name) => addStakeholder(doc, kickoff.id, { name })}
        />
      </div>
    </Section>
  );
}
