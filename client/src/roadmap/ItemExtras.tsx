import { type Item, parentOptions, updateItem } from '@planroom/shared';
import { useState } from 'react';
import { edit } from '../core/edit';
import { useDerived, useGoals, usePeople, useView } from '../core/records';
import { toggled } from '../core/viewState';
import { useT } from '../i18n/useT';
import { escapeReverts } from '../ui/escape';
import { Row } from '../ui/FieldRow';
import { slackText } from './barText';
import { kindLabel } from './labels';
import { useRoadmap } from './RoadmapContext';
import { rollupText } from './RowMarks';
import { useCritical, useRollup } from './useLayout';

/** Owner: one of the board's people (or nobody). */
export function OwnerField({ item, id }: { item: Item; id: string }) {
  const people = usePeople();
  const t = useT();
  const options = people.map((p) => ({ id: p.id, label: p.role ? `${p.name} (${p.role})` : p.name }));
  return (
    <RefField
      item={item}
      id={id}
      field="ownerId"
      label={t('form.owner')}
      none={t('details.nobody')}
      options={options}
    />
  );
}

/**
 * A field that points at another record (owner, parent): a select of the allowed ones, and
 * "none". A reference to something not offered (gone, or not allowed) shows as none.
 */
function RefField(props: {
  item: Item;
  id: string;
  field: 'ownerId' | 'parentId';
  label: string;
  none: string;
  options: ReadonlyArray<{ id: string; label: string }>;
}) {
  const { item, id, field, label, none, options } = props;
  const ctx = useRoadmap();
  const [error, setError] = useState<string>();
  const current = item[field];
  const known = current !== null && options.some((o) => o.id === current);
  return (
    <Row label={label} htmlFor={id} error={error} errorId={`${id}-error`}>
      <select
        id={id}
        value={known ? (current ?? '') : ''}
        aria-invalid={error ? true : undefined}
        onChange={(e) => {
          const value = e.target.value || null;
          if (edit(ctx, () => updateItem(ctx.doc, item.id, { [field]: value }), setError)) setError(undefined);
        }}
      >
        <option value="">{none}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
    </Row>
  );
}

/** Goals: which strategic goals the item serves (any number). */
export function GoalsField({ item }: { item: Item }) {
  const ctx = useRoadmap();
  const goals = useGoals();
  const [error, setError] = useState<string>();
  const t = useT();
  function toggle(goalId: string) {
    const goalIds = toggled(item.goalIds, goalId);
    if (edit(ctx, () => updateItem(ctx.doc, item.id, { goalIds }), setError)) setError(undefined);
  }
  return (
    <fieldset className="field goals-field" data-testid="goals-field">
      <legend className="field-label">{t('form.goals')}</legend>
      {goals.length === 0 && (
        <p className="field-hint">
          {t('form.noGoals')}{' '}
          <button type="button" className="link-button" onClick={() => ctx.session.dialog.set({ kind: 'goals' })}>
            {t('form.addGoals')}
          </button>
        </p>
      )}
      {goals.map((g) => (
        <label key={g.id} className="check" title={g.description || undefined}>
          <input type="checkbox" checked={item.goalIds.includes(g.id)} onChange={() => toggle(g.id)} />
          <span className="goal-swatch" style={{ background: g.color }} aria-hidden="true" />
          {g.title}
        </label>
      ))}
      {error && (
        <p className="field-error" role="alert" data-testid="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}

/** Facts computed from the plan: slack on the critical path, and the roll-up of a parent. */
export function ScheduleFacts({ item }: { item: Item }) {
  const critical = useCritical(item.id);
  const pathOn = useView().critical !== null;
  const t = useT();
  const found = useRollup(item.id);
  const rollup = found && found.start !== found.end ? found : undefined;
  if (!critical && !rollup) return null;
  return (
    <div className="schedule-facts">
      {critical && (
        <p data-testid="slack" className={critical.critical ? 'is-critical' : undefined}>
          {slackText(critical)}
        </p>
      )}
      {!critical && pathOn && found && <p data-testid="slack">{t('form.slackParent')}</p>}
      {rollup && <p data-testid="rollup-facts">{rollupText(rollup)}</p>}
    </div>
  );
}

const sameOptions = (a: ReturnType<typeof parentOptions>, b: ReturnType<typeof parentOptions>) =>
  a.length === b.length && a.every((o, i) => o.id === b[i]?.id && o.title === b[i]?.title);

/** Parent: where the item sits in portfolio > program > project > task. */
export function ParentField({ item, id }: { item: Item; id: string }) {
  const { store } = useRoadmap();
  const parents = useDerived(store.subscribeAny, () => parentOptions(store.getItems(), item), sameOptions);
  const options = parents.map((o) => ({ id: o.id, label: `${kindLabel(o.kind)}: ${o.title}` }));
  const t = useT();
  return (
    <RefField
      item={item}
      id={id}
      field="parentId"
      label={t('form.parent')}
      none={t('form.topLevel')}
      options={options}
    />
  );
}

/** Tags, written as a comma-separated list: committed on Enter or leaving the field; Esc puts them back. */
export function TagsField({ item, id }: { item: Item; id: string }) {
  const ctx = useRoadmap();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string>();
  const current = item.tags.join(', ');
  const t = useT();
  function commit() {
    if (draft === null || draft === current) return setDraft(null);
    const tags = [...new Set(draft.split(',').map((tag) => tag.trim()))].filter(Boolean);
    if (edit(ctx, () => updateItem(ctx.doc, item.id, { tags }), setError)) {
      setDraft(null);
      setError(undefined);
    }
  }
  return (
    <Row label={t('form.tags')} htmlFor={id} error={error} errorId={`${id}-error`} hint={t('form.tagsHint')}>
      <input
        id={id}
        data-testid="tags-field"
        value={draft ?? current}
        placeholder={t('form.tagsPlaceholder')}
        aria-invalid={error ? true : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          escapeReverts(e, draft !== null && draft !== current, () => {
            setDraft(null);
            setError(undefined);
          });
        }}
      />
    </Row>
  );
}
