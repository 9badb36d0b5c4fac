import { createGoal, deleteGoal, type Goal, goalsWithoutItems, updateGoal } from '@planroom/shared';
import { useState } from 'react';
import { edit } from '../core/edit';
import { useDerived, useGoals } from '../core/records';
import { useT } from '../i18n/useT';
import { PlusIcon, TrashIcon, WarningIcon } from '../ui/icons';
import { Modal } from '../ui/Modal';
import { itemCounts } from './goalCounts';
import { useRoadmap } from './RoadmapContext';
import { snapshotOf } from './visibleGroups';

const PALETTE = ['#2f7d32', '#7b4bc4', '#c2417a', '#b35c1e', '#3b6fd8', '#0f9d8a', '#a07a12', '#4d6275'];

/**
 * Strategic goals: the board's list, how many items serve each, and which have none yet
 * (the gaps a portfolio review looks for). Editors add, rename, recolour, describe and
 * delete goals; viewers read.
 */
export function GoalsDialog({ onClose }: { onClose: () => void }) {
  const ctx = useRoadmap();
  const { store, canEdit, view, session } = ctx;
  const goals = useGoals();
  const t = useT();
  const counts = useDerived(store.subscribeAny, () => itemCounts(store.getItems()), sameCounts);
  const empty = new Set(
    goalsWithoutItems(snapshotOf({ items: store.getItems(), lanes: [], people: [], goals })).map((g) => g.id),
  );

  function add() {
    edit(ctx, () => createGoal(ctx.doc, { title: t('goals.new'), color: PALETTE[goals.length % PALETTE.length] }));
  }
  function showItems(goal: Goal) {
    view.update({ goalIds: [goal.id] });
    session.dialog.set(null);
  }

  return (
    <Modal heading={t('goals.heading')} onClose={onClose} width={620} testId="goals-dialog">
      {goals.length === 0 && <p className="muted">{t('goals.none')}</p>}
      {empty.size > 0 && (
        <p className="goals-gap" data-testid="goals-without-items">
          <WarningIcon size={14} /> {t('goals.withoutItems', { count: empty.size })}
        </p>
      )}
      <ul className="goal-list">
        {goals.map((goal) => (
          <li
            key={goal.id}
            className="goal-row"
            data-testid="goal"
            data-goal-id={goal.id}
            data-empty={empty.has(goal.id)}
          >
            {canEdit ? <GoalEditor goal={goal} /> : <GoalView goal={goal} />}
            <div className="goal-meta">
              {empty.has(goal.id) ? (
                <span className="badge badge-warn">{t('goals.noItems')}</span>
              ) : (
                <button type="button" className="link-button" onClick={() => showItems(goal)}>
                  {t('goals.items', { count: counts.get(goal.id) ?? 0 })}
                </button>
              )}
              {canEdit && (
                <button
                  type="button"
                  className="icon-button small danger"
                  title={t('goals.deleteTitle', { title: goal.title })}
                  onClick={() => edit(ctx, () => deleteGoal(ctx.doc, goal.id))}
                >
                  <TrashIcon size={14} />
                  <span className="sr-only">{t('goals.deleteNamed', { title: goal.title })}</span>
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
      {canEdit && (
        <button type="button" className="button" onClick={add}>
          <PlusIcon size={14} /> {t('goals.add')}
        </button>
      )}
    </Modal>
  );
}

const sameCounts = (a: Map<string, number>, b: Map<string, number>) =>
  a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);

function GoalView({ goal }: { goal: Goal }) {
  return (
    <div className="goal-view">
      <span className="goal-swatch large" style={{ background: goal.color }} aria-hidden="true" />
      <div>
        <strong>{goal.title}</strong>
        {goal.description && <p className="muted">{goal.description}</p>}
      </div>
    </div>
  );
}

function GoalEditor({ goal }: { goal: Goal }) {
  const ctx = useRoadmap();
  const [title, setTitle] = useState<string | null>(null);
  const [description, setDescription] = useState<string | null>(null);
  const [error, setError] = useState<string>();
  const t = useT();
  const save = (patch: Partial<Goal>) => {
    if (edit(ctx, () => updateGoal(ctx.doc, goal.id, patch), setError)) setError(undefined);
  };
  return (
    <div className="goal-edit">
      <input
        type="color"
        className="goal-color"
        aria-label={t('goals.colour', { title: goal.title })}
        value={goal.color}
        onChange={(e) => save({ color: e.target.value })}
      />
      <div className="goal-fields">
        <input
          type="text"
          aria-label={t('goals.title')}
          value={title ?? goal.title}
          maxLength={120}
          onChange={(e) => setTitle(e.target.value)}
          onBlur={() => {
            if (title !== null && title.trim() !== goal.title) save({ title: title.trim() });
            setTitle(null);
          }}
          onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
        />
        <textarea
          aria-label={t('goals.description')}
          rows={2}
          placeholder={t('goals.descriptionPlaceholder')}
          value={description ?? goal.description}
          maxLength={2000}
          onChange={(e) => setDescription(e.target.value)}
          onBlur={() => {
            if (description !== null && description !== goal.description) save({ description });
            setDescription(null);
          }}
        />
        {error && (
          <p className="field-error" role="alert" data-testid="field-error">
            {error}
          </p>
        )}
      </div>
    </div>
  );
}
