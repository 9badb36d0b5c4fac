import {
  addDeliverable,
  createDeliverableMilestone,
  type Deliverable,
  deleteDeliverable,
  reorderDeliverable,
  updateDeliverable,
} from '@planroom/shared';
import { edit } from '../core/edit';
import { AddLine, MoveButtons, RemoveButton } from './AddLine';
import { CellInput } from './CellInput';
import { ItemLinks, useShowOnRoadmap } from './ItemLinks';
import { useKickoffBoard } from './KickoffContext';
import { RecordTable, Section } from './Section';
import type { OpenKickoff } from './useKickoff';

function Milestone({ d, open }: { d: Deliverable; open: OpenKickoff }) {
  const ctx = useKickoffBoard();
  const show = useShowOnRoadmap();
  const milestone = d.milestoneId ? open.board.items.get(d.milestoneId) : undefined;
  if (milestone)
    return (
      <button
        type="button"
        className="link-button milestone-link"
        data-testid="deliverable-milestone"
        title="Its milestone on the roadmap: click to see it there"
        onClick={() => show(milestone.id)}
      >
        ◆ {milestone.start}
      </button>
    );
  if (!ctx.canEdit) return <span className="kickoff-note">No milestone</span>;
  return (
    <button
      type="button"
      className="button small"
      data-testid="create-milestone"
      title="Puts a milestone for this deliverable on the roadmap, under the project, when its last linked item ends (or the project does). The two stay linked: renaming the deliverable renames the milestone."
      onClick={() => edit(ctx, () => createDeliverableMilestone(ctx.doc, d.id))}
    >
      Create milestone
    </button>
  );
}

function DeliverableRow(props: { d: Deliverable; open: OpenKickoff; index: number; count: number }) {
  const { doc } = useKickoffBoard();
  const { d, open, index, count } = props;
  return (
    <tr data-testid="deliverable-row" data-id={d.id}>
      <td>
        <CellInput label="Deliverable" value={d.title} commit={(title) => updateDeliverable(doc, d.id, { title })} />
      </td>
      <td>
        <ItemLinks
          ids={d.itemIds}
          board={open.board}
          projectId={open.view.item.id}
          what={`“${d.title}”`}
          write={(itemIds) => updateDeliverable(doc, d.id, { itemIds })}
        />
      </td>
      <td>
        <Milestone d={d} open={open} />
      </td>
      <td className="row-actions">
        <MoveButtons index={index} count={count} what="deliverable" move={(i) => reorderDeliverable(doc, d.id, i)} />
        <RemoveButton
          what={`deliverable “${d.title}” and its RACI row (its milestone stays on the roadmap)`}
          onRemove={() => deleteDeliverable(doc, d.id)}
        />
      </td>
    </tr>
  );
}

export function DeliverablesSection({ open }: { open: OpenKickoff }) {
  const { doc } = useKickoffBoard();
  const { deliverables, kickoff } = open.view;
  return (
    <Section
      id="deliverables"
      title="Deliverables"
      hint="What the project hands over, each linked to the roadmap items that deliver it and, once created, to its milestone."
    >
      <RecordTable headings={['Deliverable', 'Delivered by', 'Milestone']} empty="No deliverables yet.">
        {deliverables.map((d, i) => (
          <DeliverableRow key={d.id} d={d} open={open} index={i} count={deliverables.length} />
        ))}
      </RecordTable>
      <AddLine
        label="New deliverable"
        placeholder="Add a deliverable: Billing service live…"
        testId="add-deliverable"
        add={(title) => addDeliverable(doc, kickoff.id, { title })}
      />
    </Section>
  );
}
