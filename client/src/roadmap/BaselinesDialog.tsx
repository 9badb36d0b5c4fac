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
import { translate } from '../i18n/translate';
import { useT } from '../i18n/useT';
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
  if (b.source.kind === 'now') return translate('baselines.setOn', { date: set });
  const version = b.source.versionName
    ? translate('baselines.versionNamed', { name: b.source.versionName })
    : translate('baselines.versionNumber', { id: String(b.source.versionId) });
  return translate('baselines.fromVersion', { version, date: set });
}

function BaselineRow({ baseline, chosen }: { baseline: Baseline; chosen: boolean }) {
  const ctx = useRoadmap();
  const { canEdit, doc } = ctx;
  // a baseline's name never asks for the focus on its own (NameInput's `focus` stays empty)
  const [focus] = useState(() => new Value<string | null>(null));
  const t = useT();
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
            title={t('baselines.renameTitle')}
            label={t('baselines.nameOf', { name: baseline.name })}
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
          title={t('baselines.deleteTitle', { name: baseline.name })}
          onClick={() => edit(ctx, () => deleteBaseline(doc, baseline.id))}
        >
          <TrashIcon size={14} />
          <span className="sr-only">{t('baselines.deleteNamed', { name: baseline.name })}</span>
        </button>
      )}
    </li>
  );
}

/** The toolbar's way in: "Baselines", or the chosen one's name. */
export function BaselinesButton() {
  const { session } = useRoadmap();
  const chosen = useChosenBaseline();
  const t = useT();
  return (
    <button
      type="button"
      className="button subtle"
      data-testid="baselines-button"
      title={t('baselines.buttonTitle')}
      aria-haspopup="dialog"
      onClick={() => session.dialog.set({ kind: 'baselines' })}
    >
      <BaselineIcon />
      <span className="baselines-button-label">
        {chosen ? t('baselines.chosen', { name: chosen.name }) : t('baselines.button')}
      </span>
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
  const t = useT();
  if (!problems.length) return null;
  return (
    <div className="baseline-problems" role="alert" data-testid="baseline-problems">
      <p>{t('baselines.problems')}</p>
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
                {t('baselines.deleteIt')}
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
  const t = useT();
  return (
    <Modal heading={t('baselines.heading')} onClose={onClose} width={640} testId="baselines-dialog">
      <p className="muted">{t('baselines.intro')}</p>
      {canEdit && <SetBaseline />}
      <BrokenBaselines />
      {baselines.length === 0 ? (
        <p className="muted" data-testid="no-baselines">
          {t('baselines.none')}
          {canEdit ? '' : ` ${t('baselines.editorsSet')}`}
        </p>
      ) : (
        <ul className="baseline-list" aria-label={t('baselines.heading')}>
          <li className="baseline-row">
            <label>
              <input
                type="radio"
                name="chosen-baseline"
                checked={chosen === null}
                disabled={!canEdit}
                onChange={() => edit(ctx, () => chooseBaseline(doc, null))}
              />
              {t('baselines.noneChoice')}
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
