import { AddAssignment } from './AddAssignment';
import { AssignmentLine, AssignmentRow } from './AssignmentRow';
import { useResourceBoard } from './ResourcesContext';
import { useAssignments } from './useResources';

/**
 * Who works on an item, in the item panel (both views): people with hours a week or a
 * percentage, and role demand nobody is staffed for yet. Editors change and add them.
 */
export function AssignmentsField({ itemId }: { itemId: string }) {
  const { canEdit } = useResourceBoard();
  const assignments = useAssignments({ itemId });
  if (!canEdit && !assignments.length) return null;
  return (
    <section className="field assignments-field" data-testid="assignments" aria-labelledby={`asg-${itemId}`}>
      <h3 className="field-label" id={`asg-${itemId}`}>
        People and demand
      </h3>
      {assignments.length === 0 && <p className="field-hint">Nobody is assigned yet.</p>}
      <ul className="asg-list">
        {assignments.map((a) =>
          canEdit ? (
            <AssignmentRow key={a.id} assignment={a} show="person" />
          ) : (
            <AssignmentLine key={a.id} assignment={a} show="person" />
          ),
        )}
      </ul>
      {canEdit && <AddAssignment itemId={itemId} />}
    </section>
  );
}
