import {
  collection,
  deleteRisk,
  type Item,
  RISK_STATUSES,
  type Risk,
  riskLevel,
  riskScore,
  updateRisk,
} from '@planroom/shared';
import { useId, useMemo } from 'react';
import { CollabTextArea, textOf } from '../core/CollabTextArea';
import { describeError, edit } from '../core/edit';
import { TrashIcon } from '../ui/icons';
import { CellInput } from './CellInput';
import { useKickoffBoard } from './KickoffContext';
import { RiskItems } from './RiskItems';
import { type Choice, ChoiceField, Field, reasonsOnly } from './RiskKpiFields';
import { type Option, withLinked } from './riskKpiOptions';
import { IMPACT_WORDS, LEVEL_LABELS, levelReason, PROBABILITY_WORDS, STATUS_LABELS, scaleOption } from './riskText';

type Patch = Parameters<typeof updateRisk>[2];

const scaleChoices = (words: readonly string[]): Choice[] =>
  words.map((_, i) => ({ value: String(i + 1), label: scaleOption(i + 1, words) }));
const PROBABILITY = scaleChoices(PROBABILITY_WORDS);
const IMPACT = scaleChoices(IMPACT_WORDS);
const STATUSES: Choice[] = RISK_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }));

/** One risk: title, probability and impact (with its score and level), owner, status, items, mitigation. */
export function RiskRow(props: {
  risk: Risk;
  people: readonly Choice[];
  itemOptions: readonly Option[];
  items: ReadonlyMap<string, Item>;
}) {
  const { risk, people, itemOptions, items } = props;
  const ctx = useKickoffBoard();
  const level = riskLevel(risk);
  const linkable = useMemo(() => withLinked(itemOptions, risk.itemIds, items), [itemOptions, risk.itemIds, items]);
  const write = (patch: Patch) => reasonsOnly(() => updateRisk(ctx.doc, risk.id, patch));

  return (
    <li
      className={`risk-row status-${risk.status}`}
      data-testid="risk-row"
      data-risk-id={risk.id}
      data-level={level}
      data-status={risk.status}
      data-probability={risk.probability}
      data-impact={risk.impact}
    >
      <div className="risk-head">
        <CellInput
          className="risk-title"
          label="Risk title"
          value={risk.title}
          maxLength={200}
          commit={(title) => write({ title: title.trim() })}
        />
        <span className={`risk-badge level-${level}`} data-testid="risk-level" title={levelReason(risk)}>
          {riskScore(risk)} · {LEVEL_LABELS[level]}
        </span>
        {ctx.canEdit && (
          <button
            type="button"
            className="icon-button small danger"
            aria-label={`Delete risk ${risk.title}`}
            title={`Delete the risk “${risk.title}” (Undo brings it back)`}
            onClick={() => edit(ctx, () => deleteRisk(ctx.doc, risk.id))}
          >
            <TrashIcon size={14} />
          </button>
        )}
      </div>
      <div className="risk-fields">
        <Field caption="Probability">
          <ChoiceField
            label="Probability"
            value={String(risk.probability)}
            choices={PROBABILITY}
            title="How likely it is to happen, 1 (rare) to 5 (almost certain)"
            commit={(v) => write({ probability: Number(v) })}
          />
        </Field>
        <Field caption="Impact">
          <ChoiceField
            label="Impact"
            value={String(risk.impact)}
            choices={IMPACT}
            title="How hard it would hit the project, 1 (negligible) to 5 (severe)"
            commit={(v) => write({ impact: Number(v) })}
          />
        </Field>
        <Field caption="Owner">
          <ChoiceField
            label="Owner"
            value={risk.ownerId}
            choices={people}
            none="Nobody"
            title="Who watches it and carries out the mitigation"
            commit={(ownerId) => write({ ownerId })}
          />
        </Field>
        <Field caption="Status">
          <ChoiceField
            label="Status"
            value={risk.status}
            choices={STATUSES}
            title="Open, being mitigated, or closed (closed risks leave the heat map and the roadmap)"
            commit={(status) => write({ status: status as Risk['status'] })}
          />
        </Field>
      </div>
      <RiskItems risk={risk} options={linkable} items={items} />
      <Mitigation risk={risk} />
    </li>
  );
}

/**
 * The mitigation, bound to the risk's Y.Text so two people typing in it both keep their
 * words. Not through `edit()`: that closes an undo step around every write, and typing is
 * one step per pause (the undo manager's capture window), as in item notes.
 */
function Mitigation({ risk }: { risk: Risk }) {
  const ctx = useKickoffBoard();
  const id = useId();
  if (!ctx.canEdit)
    return (
      <div className="measure-field risk-mitigation">
        <span className="measure-caption">Mitigation</span>
        <p className="risk-mitigation-text">{risk.mitigation || 'None written yet.'}</p>
      </div>
    );
  return (
    <div className="measure-field risk-mitigation">
      <label className="measure-caption" htmlFor={id}>
        Mitigation
      </label>
      <CollabTextArea
        id={id}
        ytext={textOf(collection(ctx.doc, 'risks').get(risk.id), 'mitigation')}
        fallback={risk.mitigation}
        write={(mitigation) => {
          try {
            updateRisk(ctx.doc, risk.id, { mitigation });
          } catch (error) {
            ctx.session.notify(describeError(error));
          }
        }}
        rows={2}
        maxLength={5000}
        placeholder="What lowers the probability or the impact, and by when"
      />
    </div>
  );
}
