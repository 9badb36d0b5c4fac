import {
  type Baseline,
  chooseBaseline,
  collection,
  deleteBaseline,
  formatProblem,
  readBaselines,
  renameBaseline,
} from '@planroom/shared';
import { useCallback, useState } from 'react';
import { edit } from '../core/edit';
import { useDerived } from '../core/records';
import { currentLocale } from '../i18n/language';
import { TrashIcon } from '../ui/icons';
import { Modal } from '../ui/Modal';
import { NameInput } from '../ui/NameInput';
import { Value } from '../ui/signals';
import { useRoadmap } from './RoadmapContext';
import { SetBaseline } from './SetBaseline';
import { SlippedList } from './SlippedList';
import { useBaselines, useChosenBaseline } from './useBaseline';

/** Two bars, the lower one thin: a live bar over its baseline. */
function BaselineIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
      <rect x="1" y="3" width="9" height="5" rx="1.5" fill="currentColor" />
      <rect x="4" y="10" width="9" height="2" rx="1" fill="currentColor" opacity="0.55" />
    </svg>
  );
}

function sourceText(b: Baseline): string {
  const set = new Date(b.createdAt).toLocaleDateString(currentLocale(), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
  if (b.source.kind === 'now') return `set ${set}`;
  return `from ${b.source.versionName ? `'${b.source.versionName}'` : `version ${b.source.versionId}`}, set ${set}`;
}

function BaselineRow({ baseline, chosen }: { baseline: Baseline; chosen: boolean }) {
  const ctx = useRoadmap();
  const { canEdit, doc } = ctx;
  // a baseline's name never asks for the focus on its own (NameInput's `focus` stays empty)
  const [focus] = useState(() => new Value<string | null>(null));
  return (
    <li className="baseline-row" data-testid="baseline-row" data-baseline-id={baseline.id} data-chosen={chosen}>
      <label title={canEdit ? 'Measure the roadmap against this baseline' : undefined}>
        <input
          type="radio"
          name="chosen-baseline"
          checked={chosen}
          disabled={!canEdit}
          onChange={() => edit(ctx, () => chooseBaseline(doc, baseline.id))}
        />
        {canEdit ? (
          <NameInput
            id={baseline.id}
            name={baseline.name}
            focus={focus}
            className="baseline-name-input"
            title="Rename the baseline"
            label={`Name of baseline ${baseline.name}`}
            onRename={(name) => edit(ctx, () => renameBaseline(doc, baseline.id, name))}
          />
        ) : (
          <span>{baseline.name}</span>
        )}
      </label>
      <span className="baseline-source">{sourceText(baseline)}</span>
      {canEdit && (
        <button
          type="button"
          className="icon-button small danger"
          title={`Delete baseline '${baseline.name}' (undo brings it back)`}
          onClick={() => edit(ctx, () => deleteBaseline(doc, baseline.id))}
        >
          <TrashIcon size={14} />
          <span className="sr-only">Delete {baseline.name}</span>
        </button>
      )}
    </li>
  );
}

/** The toolbar's way in: "Baselines", or the chosen one's name. */
export function BaselinesButton() {
  const { session } = useRoadmap();
  const chosen = useChosenBaseline();
  return (
    <button
      type="button"
      className="button subtle"
      data-testid="baselines-button"
      title="Baselines (B): keep the plan's dates, see how far items and milestones have moved since"
      aria-haspopup="dialog"
      onClick={() => session.dialog.set({ kind: 'baselines' })}
    >
      <BaselineIcon />
      <span className="baselines-button-label">{chosen ? `Baseline: ${chosen.name}` : 'Baselines'}</span>
    </button>
  );
}

/**
 * Baselines that cannot be read (an old or buggy client wrote them), read once per change
 * to the list while the dialog is open: the full check of every date is too dear for the
 * board-wide "needs attention" pass on every edit.
 */
function BrokenBaselines() {
  const ctx = useRoadmap();
  const { doc, store } = ctx;
  // any write to a baseline, good or broken (the store's cache only sees good ones), or to the choice
  const subscribe = useCallback(
    (cb: () => void) => {
      const map = collection(doc, 'baselines');
      map.observeDeep(cb);
      const off = store.subscribeMeta(cb);
      return () => {
        map.unobserveDeep(cb);
        off();
      };
    },
    [doc, store],
  );
  const problems = useDerived(
    subscribe,
    () => readBaselines(doc).problems,
    (a, b) => JSON.stringify(a) === JSON.stringify(b),
  );
  if (!problems.length) return null;
  return (
    <div className="baseline-problems" role="alert" data-testid="baseline-problems">
      <p>Some baselines need attention and are left out:</p>
      <ul>
        {problems.map((p) => (
          <li key={`${p.id}:${p.field}`}>
            {formatProblem(p)}
            {ctx.canEdit && p.collection === 'baselines' && (
              <button
                type="button"
                className="link-button"
                onClick={() => edit(ctx, () => deleteBaseline(ctx.doc, p.id))}
              >
                Delete it
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Baselines: editors set one from now or from a version, choose which one the roadmap is
 * measured against (or none), rename and delete; viewers see the list and the chosen one.
 * Below, the milestones that slipped against the chosen baseline.
 */
export function BaselinesDialog({ onClose }: { onClose: () => void }) {
  const ctx = useRoadmap();
  const { canEdit, doc } = ctx;
  const baselines = useBaselines();
  const chosen = useChosenBaseline();
  return (
    <Modal heading="Baselines" onClose={onClose} width={640} testId="baselines-dialog">
      <p className="muted">
        A baseline keeps every item's dates at one moment. The chosen one is drawn as a thin line under each bar, and
        each item shows how many days it has moved since.
      </p>
      {canEdit && <SetBaseline />}
      <BrokenBaselines />
      {baselines.length === 0 ? (
        <p className="muted" data-testid="no-baselines">
          No baselines yet.{canEdit ? '' : ' Editors set them.'}
        </p>
      ) : (
        <ul className="baseline-list" aria-label="Baselines">
          <li className="baseline-row">
            <label>
              <input
                type="radio"
                name="chosen-baseline"
                checked={chosen === null}
                disabled={!canEdit}
                onChange={() => edit(ctx, () => chooseBaseline(doc, null))}
              />
              None (no baseline lines or variance)
            </label>
          </li>
          {baselines.map((b) => (
            <BaselineRow key={b.id} baseline={b} chosen={chosen?.id === b.id} />
          ))}
        </ul>
      )}
      {chosen && <SlippedList baseline={chosen} onPick={onClose} />}
    </Modal>
  );
}
