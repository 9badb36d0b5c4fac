import { collection, updateKickoff } from '@planroom/shared';
import { useId } from 'react';
import { CollabTextArea, textOf } from '../core/CollabTextArea';
import { describeError } from '../core/edit';
import { useKickoffBoard } from './KickoffContext';
import { Section } from './Section';
import type { OpenKickoff } from './useKickoff';

type TextKey = 'purpose' | 'assumptions' | 'constraints';

/** A kickoff text everyone types into at once (a Y.Text: both keep their words). */
function KickoffText(props: { open: OpenKickoff; field: TextKey; label: string; placeholder: string; rows: number }) {
  const ctx = useKickoffBoard();
  const id = useId();
  const { kickoff } = props.open.view;
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {props.label}
      </label>
      <CollabTextArea
        id={id}
        data-testid={`kickoff-${props.field}`}
        ytext={textOf(collection(ctx.doc, 'kickoffs').get(kickoff.id), props.field)}
        fallback={kickoff[props.field]}
        readOnly={!ctx.canEdit}
        rows={props.rows}
        placeholder={ctx.canEdit ? props.placeholder : 'Not written yet'}
        write={(text) => {
          try {
            updateKickoff(ctx.doc, kickoff.id, { [props.field]: text });
          } catch (error) {
            ctx.session.notify(describeError(error));
          }
        }}
      />
    </div>
  );
}

export function PurposeSection({ open }: { open: OpenKickoff }) {
  return (
    <Section id="purpose" title="Purpose" hint="Why the project exists, in a few sentences everyone can repeat.">
      <KickoffText
        open={open}
        field="purpose"
        label="Purpose"
        rows={3}
        placeholder="What changes for whom, and why now?"
      />
    </Section>
  );
}

export function AssumptionsSection({ open }: { open: OpenKickoff }) {
  return (
    <Section
      id="assumptions"
      title="Assumptions and constraints"
      hint="What the plan takes as true, and the limits it must respect (budget, dates, rules)."
    >
      <div className="kickoff-two">
        <KickoffText
          open={open}
          field="assumptions"
          label="Assumptions"
          rows={4}
          placeholder="One per line: the vendor delivers the API by May…"
        />
        <KickoffText
          open={open}
          field="constraints"
          label="Constraints"
          rows={4}
          placeholder="One per line: go-live before the year-end freeze…"
        />
      </div>
    </Section>
  );
}
