import {
  addObjective,
  deleteObjective,
  type Objective,
  reorderObjective,
  unmeasured,
  updateObjective,
} from '@planroom/shared';
import { AddLine, MoveButtons, RemoveButton } from './AddLine';
import { CellInput } from './CellInput';
import { useKickoffBoard } from './KickoffContext';
import { RecordTable, Section } from './Section';
import type { OpenKickoff } from './useKickoff';

function ObjectiveRow({ o, index, count }: { o: Objective; index: number; count: number }) {
  const { doc } = useKickoffBoard();
  const missing = unmeasured(o);
  return (
    <tr data-testid="objective-row" data-id={o.id} className={missing.length ? 'is-incomplete' : undefined}>
      <td>
        <CellInput label="Objective" value={o.text} commit={(text) => updateObjective(doc, o.id, { text })} />
        {missing.length > 0 && <span className="kickoff-note">Needs {missing.join(', ')} to be measurable</span>}
      </td>
      <td>
        <CellInput
          label="Measure"
          value={o.measure}
          placeholder="e.g. days to first invoice"
          commit={(measure) => updateObjective(doc, o.id, { measure })}
        />
      </td>
      <td>
        <CellInput
          label="Target"
          value={o.target}
          placeholder="≤ 7 days"
          commit={(target) => updateObjective(doc, o.id, { target })}
        />
      </td>
      <td>
        <CellInput
          label="Date"
          type="date"
          value={o.date ?? ''}
          commit={(date) => updateObjective(doc, o.id, { date: date || null })}
        />
      </td>
      <td className="row-actions">
        <MoveButtons index={index} count={count} what="objective" move={(i) => reorderObjective(doc, o.id, i)} />
        <RemoveButton what={`objective “${o.text}”`} onRemove={() => deleteObjective(doc, o.id)} />
      </td>
    </tr>
  );
}

export function ObjectivesSection({ open }: { open: OpenKickoff }) {
  const { doc } = useKickoffBoard();
  const { objectives, kickoff } = open.view;
  return (
    <Section
      id="objectives"
      title="Objectives"
      hint="Each with a measure, a target and a date, so everyone can tell later whether it was met."
    >
      <RecordTable headings={['Objective', 'Measure', 'Target', 'By']} empty="No objectives yet.">
        {objectives.map((o, i) => (
          <ObjectiveRow key={o.id} o={o} index={i} count={objectives.length} />
        ))}
      </RecordTable>
      <AddLine
        label="New objective"
        placeholder="Add an objective: Invoice new customers within a week…"
        testId="add-objective"
        add={(text) => addObjective(doc, kickoff.id, { text })}
      />
    </Section>
  );
}
