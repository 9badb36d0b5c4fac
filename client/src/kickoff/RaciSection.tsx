/*
 * The RACI matrix of a kickoff. Decisions:
 *
 * - An ARIA grid on a real table: column headers (people and roles, the names set
 *   vertically and cut with a tooltip giving the full name) stick to the top, row titles
 *   to the left; 30 px square cells keep 40 rows by 20 people readable in one box that
 *   scrolls both ways. Rows come as shared's raciMatrix gives them: deliverables, then
 *   activities, each marked so. The last column lists the rules a row breaks, in words;
 *   a broken row also gets a warning stripe and icon, and its cells point at those words
 *   (aria-describedby), so a screen reader hears why on any cell of it.
 * - One tab stop (roving tabindex), as in the WAI-ARIA grid pattern. Arrows move and stop
 *   at the edges; Home/End go to the row's start (its title) or end (its rules), Ctrl+Home/
 *   End to the corners, Page Up/Down ten rows. The cursor is remembered by row id and
 *   column key, so rows someone else adds or deletes do not move it to another cell.
 * - R, A, C or I (any case) set the cell and the cursor stays, so a mistyped letter is
 *   fixed in place; typing the letter a cell holds keeps it (no toggling by surprise).
 *   Delete or Backspace clears. A click and Space step through empty → R → A → C → I →
 *   empty, read from the document at that moment, so quick clicks never repeat a step.
 *   Keys the grid takes are marked handled (preventDefault + stopPropagation): R in the
 *   grid never switches to the Resources view, for viewers either; Ctrl+Z still undoes.
 * - Every cell write is one `edit` (one undo step); writing a cell's own value writes
 *   nothing. Breaking a rule never blocks: shared reports the rules, it enforces none.
 * - Activities are edited in place: Enter (or F2) on an activity's title goes into its
 *   field, Tab moves to its delete button, Escape goes back to the grid. "Add activity"
 *   adds "New activity" with its field focused and selected, as new people and teams are
 *   added elsewhere. Deleting needs no confirmation: it takes the row's cells with it in
 *   one undo step, and a notice says so. Deliverables are edited in their own section.
 * - Viewers move through the same grid, read-only (aria-readonly), with no fields.
 */
import { addActivity } from '@planroom/shared';
import { useCallback, useId, useState } from 'react';
import { edit } from '../core/edit';
import { CheckIcon, PlusIcon, WarningIcon } from '../ui/icons';
import { useKickoffBoard } from './KickoffContext';
import { RaciGrid } from './RaciGrid';
import { RaciLegend } from './RaciLegend';
import { raciSummary } from './raciGrid';
import { Empty, Section } from './Section';
import type { OpenKickoff } from './useKickoff';

const NEW_ACTIVITY = 'New activity';

/** Who does what for each deliverable and activity, with the RACI rules checked live. */
export function RaciSection({ open }: { open: OpenKickoff }) {
  const ctx = useKickoffBoard();
  const { matrix } = open;
  const kickoffId = open.view.kickoff.id;
  const keysId = useId();
  const [focusTitle, setFocusTitle] = useState<string | null>(null);
  const titleFocused = useCallback(() => setFocusTitle(null), []);
  const broken = matrix.rows.some((row) => row.issues.length > 0);

  const add = () => {
    let id = '';
    const added = edit(ctx, () => {
      id = addActivity(ctx.doc, kickoffId, { title: NEW_ACTIVITY });
    });
    if (added) setFocusTitle(id);
  };

  return (
    <Section
      id="raci"
      title="Roles (RACI)"
      className="raci-section"
      hint="Who does the work (Responsible) and who signs it off (Accountable) for each deliverable and activity. The rules are checked as you fill it in; breaking one never blocks."
      actions={
        ctx.canEdit && (
          <button type="button" className="button small" onClick={add}>
            <PlusIcon size={14} />
            Add activity
          </button>
        )
      }
    >
      {matrix.columns.length === 0 && (
        <Empty>Add stakeholders (people on the board or roles) under People: each becomes a column.</Empty>
      )}
      {matrix.rows.length === 0 ? (
        <Empty>Add deliverables or activities: each becomes a row.</Empty>
      ) : (
        <>
          <p
            className={`raci-summary ${broken ? 'is-broken' : 'is-kept'}`}
            role="status"
            data-testid="raci-summary"
            data-broken={broken ? 'true' : 'false'}
          >
            {broken ? <WarningIcon size={14} /> : <CheckIcon size={14} />}
            {raciSummary(matrix.rows)}
          </p>
          <RaciGrid
            kickoffId={kickoffId}
            matrix={matrix}
            labelledBy="raci-title"
            describedBy={keysId}
            focusTitle={focusTitle}
            onTitleFocused={titleFocused}
          />
          <RaciLegend canEdit={ctx.canEdit} keysId={keysId} />
        </>
      )}
    </Section>
  );
}
