import { addDecision, type Decision, deleteDecision, localIsoDate, updateDecision } from '@planroom/shared';
import { AddLine, RemoveButton } from './AddLine';
import { CellInput } from './CellInput';
import { useKickoffBoard } from './KickoffContext';
import { PartyField } from './PartyField';
import { RecordTable, Section } from './Section';
import type { OpenKickoff } from './useKickoff';

function DecisionRow({ d, open }: { d: Decision; open: OpenKickoff }) {
  const { doc } = useKickoffBoard();
  return (
    <tr data-testid="decision-row" data-id={d.id}>
      <td>
        <CellInput label="Date" type="date" value={d.date} commit={(date) => updateDecision(doc, d.id, { date })} />
      </td>
      <td>
        <CellInput label="Decision" value={d.decision} commit={(decision) => updateDecision(doc, d.id, { decision })} />
      </td>
      <td>
        <PartyField
          label="Decided by"
          value={d.decidedBy}
          board={open.board}
          write={(decidedBy) => updateDecision(doc, d.id, { decidedBy })}
        />
      </td>
      <td className="row-actions">
        <RemoveButton what="decision" onRemove={() => deleteDecision(doc, d.id)} />
      </td>
    </tr>
  );
}

export function DecisionsSection({ open }: { open: OpenKickoff }) {
  const { doc } = useKickoffBoard();
  const { decisions, kickoff } = open.view;
  return (
    <Section
      id="decisions"
      title="Decisions"
      hint="What was decided, when, and by whom: the record people come back to."
    >
      <RecordTable headings={['Date', 'Decision', 'Decided by']} empty="No decisions logged yet.">
        {decisions.map((d) => (
          <DecisionRow key={d.id} d={d} open={open} />
        ))}
      </RecordTable>
      <AddLine
        label="New decision"
        placeholder="Log a decision taken today…"
        testId="add-decision"
        add={(decision) => addDecision(doc, kickoff.id, { date: localIsoDate(new Date()), decision })}
      />
    </Section>
  );
}
