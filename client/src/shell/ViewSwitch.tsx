import type { ReactNode } from 'react';
import { useBoard } from '../core/BoardContext';
import { useView } from '../core/records';
import type { ViewMode } from '../core/viewState';

const MODES: Array<[ViewMode, string, string]> = [
  ['roadmap', 'Roadmap', 'Items on the timeline, by lane or grouping (R switches)'],
  ['resources', 'Resources', 'People and teams: who works on what, and weekly load against capacity (R switches)'],
  ['kickoff', 'Kickoff', "Each project's purpose, scope, roles (RACI), KPIs and risks, linked to the roadmap (K)"],
  ['status', 'Status', 'The quarterly status report (QBR): progress, milestones, slips, KPIs, risks, capacity (S)'],
];

/** "Roadmap | Resources | Kickoff": views of one board, kept in the URL (`?view=resources`). */
export function ViewSwitch() {
  const { view } = useBoard();
  const mode = useView().mode;
  return (
    // Buttons, not a <select>: a viewer's page has no form fields at all.
    <fieldset className="zoom view-switch" data-testid="view-switch">
      <legend className="sr-only">View</legend>
      {MODES.map(([m, label, title]) => (
        <button
          key={m}
          type="button"
          className="zoom-option"
          aria-pressed={mode === m}
          data-mode={m}
          title={title}
          onClick={() => view.update({ mode: m })}
        >
          {label}
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
