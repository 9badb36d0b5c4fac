import type { Role } from '@planroom/shared';
import { useSyncExternalStore } from 'react';
import { useBoard } from '../core/BoardContext';
import { useView } from '../core/records';
import { isPresenting } from '../core/viewState';
import type { ViewStore } from '../core/viewStore';
import { useT } from '../i18n/useT';
import { Legend } from '../roadmap/Legend';
import { EyeIcon } from '../ui/icons';

const NO_VIEW = { subscribe: () => () => {}, get: () => null };

/** Whether the open board is in presentation for this person (the URL, else their role). */
export function usePresenting(view: ViewStore | null, role: Role): boolean {
  const source = view?.view ?? NO_VIEW;
  const state = useSyncExternalStore(source.subscribe, source.get);
  return state ? isPresenting(state, role) : role === 'viewer';
}

type Views = Pick<ViewStore, 'get' | 'update'>;

/** P: presentation on or off, in the URL (`?present=1` for an editor, `?present=0` for a viewer). */
export function togglePresentation(view: Views, role: Role): void {
  const next = !isPresenting(view.get(), role);
  // back to the role's default: the URL drops the parameter rather than spell it out
  view.update({ present: next === (role === 'viewer') ? null : next });
}

/**
 * The header's Presentation switch: a clean read-only roadmap with a legend and larger
 * type. It sets `canEdit` off for the whole board (see BoardView), so every editing
 * affordance the viewer role hides is hidden here too.
 */
export function PresentationToggle() {
  const { view, role, presenting, session } = useBoard();
  const t = useT();
  const title = t(
    presenting ? (role === 'viewer' ? 'presentation.leaveViewer' : 'presentation.leaveEditor') : 'presentation.enter',
  );
  return (
    <button
      type="button"
      className={`button subtle presentation-toggle${presenting ? ' is-on' : ''}`}
      aria-pressed={presenting}
      data-testid="presentation-toggle"
      title={title}
      onClick={() => {
        session.linkFrom.set(null);
        togglePresentation(view, role);
      }}
    >
      <EyeIcon size={14} />
      <span className="presentation-label">{t('presentation.label')}</span>
    </button>
  );
}

/** The legend under the roadmap, while presenting. */
export function PresentationLegend() {
  const { presenting } = useBoard();
  const mode = useView().mode;
  return presenting && mode === 'roadmap' ? <Legend /> : null;
}
