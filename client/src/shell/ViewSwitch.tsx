import type { ReactNode } from 'react';
import { useBoard } from '../core/BoardContext';
import { useView } from '../core/records';
import type { ViewMode } from '../core/viewState';
import type { MessageId } from '../i18n/en';
import { useT } from '../i18n/useT';

const MODES: Array<[ViewMode, MessageId, MessageId]> = [
  ['roadmap', 'view.roadmap', 'view.roadmapTitle'],
  ['resources', 'view.resources', 'view.resourcesTitle'],
  ['kickoff', 'view.kickoff', 'view.kickoffTitle'],
  ['status', 'view.status', 'view.statusTitle'],
];

/** "Roadmap | Resources | Kickoff": views of one board, kept in the URL (`?view=resources`). */
export function ViewSwitch() {
  const { view } = useBoard();
  const mode = useView().mode;
  const t = useT();
  return (
    // Buttons, not a <select>: a viewer's page has no form fields at all.
    <fieldset className="zoom view-switch" data-testid="view-switch">
      <legend className="sr-only">{t('view.legend')}</legend>
      {MODES.map(([m, label, title]) => (
        <button
          key={m}
          type="button"
          className="zoom-option"
          aria-pressed={mode === m}
          data-mode={m}
          title={t(title)}
          onClick={() => view.update({ mode: m })}
        >
          {t(label)}
        </button>
      ))}
    </fieldset>
  );
}

/** Renders the part of the page that belongs to the current view. */
export function ByViewMode(props: { roadmap: ReactNode; resources: ReactNode; kickoff: ReactNode; status: ReactNode }) {
  return <>{props[useView().mode]}</>;
}

type Views = { get(): { mode: ViewMode }; update(patch: { mode: ViewMode }): void };

/** R: roadmap and resources in turn (from the kickoff view, back to the roadmap). */
export function toggleViewMode(view: Views): void {
  view.update({ mode: view.get().mode === 'roadmap' ? 'resources' : 'roadmap' });
}

/** K: the kickoff view, and back to the roadmap. */
export function toggleKickoff(view: Views): void {
  view.update({ mode: view.get().mode === 'kickoff' ? 'roadmap' : 'kickoff' });
}

/** S: the status view, and back to the roadmap. */
export function toggleStatus(view: Views): void {
  view.update({ mode: view.get().mode === 'status' ? 'roadmap' : 'status' });
}
