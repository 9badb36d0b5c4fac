import { createGoal, deleteGoal, type Goal, goalsWithoutItems, updateGoal } from '@planroom/shared';
import { useState } from 'react';
import { edit } from '../core/edit';
import { useDerived, useGoals } from '../core/records';
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
  const counts = useDerived(store.subscribeAny, () => itemCounts(store.getItems()), sameCounts);
  const empty = new Set(
    goalsWithoutItems(snapshotOf({ items: store.getItems(), lanes: [], people: [], goals })).map((g) => g.id),
  );

  function add() {
    edit(ctx, () => createGoal(ctx.doc, { title: 'New goal', color: PALETTE[goals.length % PALETTE.length] }));
  }
  function showItems(goal: Goal) {
    view.update({ goalIds: [goal.id] });
    session.dialog.set(null);
  }

  return (
    <Modal heading="Strategic goals" onClose={onClose} width={620} testId="goals-dialog">
      {goals.length === 0 && <p className="muted">No goals yet.</p>}
      {empty.size > 0 && (
        <p className="goals-gap" data-testid="goals-without-items">
          <WarningIcon size={14} /> {empty.size} goal{empty.size === 1 ? ' has' : 's have'} no items yet.
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
                <span className="badge badge-warn">No items</span>
              ) : (
                <button type="button" className="link-button" onClick={() => showItems(goal)}>
                  {counts.get(goal.id)} item{counts.get(goal.id) === 1 ? '' : 's'}
                </button>
              )}
              {canEdit && (
                <button
                  type="button"
                  className="icon-button small danger"
                  title={`Delete goal “${goal.title}” (items keep their other goals)`}
                  onClick={() => edit(ctx, () => deleteGoal(ctx.doc, goal.id))}
                >
                  <TrashIcon size={14} />
                  <span className="sr-only">Delete {goal.title}</span>
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
      {canEdit && (
        <button type="button" className="button" onClick={add}>
          <PlusIcon size={14} /> Add goal
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
  const save = (patch: Partial<Goal>) => {
    if (edit(ctx, () => updateGoal(ctx.doc, goal.id, patch), setError)) setError(undefined);
  };
  return (
    <div className="goal-edit">
      <input
        type="color"
        className="goal-color"
        aria-label={`Colour of ${goal.title}`}
        value={goal.color}
        onChange={(e) => save({ color: e.target.value })}
      />
      <div className="goal-fields">
        <input
          type="text"
          aria-label="Goal title"
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
          aria-label="Goal description"
          rows={2}
          placeholder="What success looks like…"
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
