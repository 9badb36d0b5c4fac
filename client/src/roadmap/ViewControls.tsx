import type { Item } from '@planroom/shared';
import { useBoard } from '../core/BoardContext';
import { useValue } from '../core/useYjs';
import { GROUP_LABELS, GROUP_OPTIONS } from '../core/viewState';
import { PX_PER_DAY, ZOOM_LABELS, ZOOMS } from '../timeline/timeScale';
import { levelFor } from '../timeline/zoom';
import { ChainIcon, ChevronIcon, FitIcon, PathIcon } from '../ui/icons';
import { Popover } from '../ui/Popover';
import { useDerived, useStructure, useView } from './useLayout';

/** Group rows by lane, program, owner, status or goal: a view setting in the URL. */
export function GroupByControl() {
  const { view } = useBoard();
  const group = useView().group;
  return (
    <div className="segmented-field">
      <span className="segmented-label" aria-hidden="true">
        Group by
      </span>
      {/* Buttons, not a <select>: a viewer's page has no form fields at all. */}
      <fieldset className="zoom" data-testid="group-by">
        <legend className="sr-only">Group by</legend>
        {GROUP_OPTIONS.map((g) => (
          <button
            key={g}
            type="button"
            className="zoom-option"
            aria-pressed={group === g}
            data-group={g}
            onClick={() => view.update({ group: g })}
            title={`Group rows by ${GROUP_LABELS[g].toLowerCase()}`}
          >
            {GROUP_LABELS[g]}
          </button>
        ))}
      </fieldset>
    </div>
  );
}

/** The critical path toggle and, while on, whether it covers the board or one program. */
export function CriticalPathControl() {
  const { view, store } = useBoard();
  const scope = useView().critical;
  const programs = useDerived(store.subscribeAny, () => programList(store.getItems()), sameEntries);
  const on = scope !== null;
  const scopeTitle = scope === null || scope === 'all' ? 'Whole board' : (store.getItem(scope)?.title ?? 'Whole board');
  return (
    <div className="critical-control">
      <button
        type="button"
        className={`button subtle${on ? ' is-on' : ''}`}
        aria-pressed={on}
        data-testid="critical-toggle"
        title="Highlight the chain of items that decides when the plan ends; slack shows per item"
        onClick={() => view.update({ critical: on ? null : 'all' })}
      >
        <PathIcon size={14} />
        Critical path
      </button>
      {on && (
        <Popover
          label={
            <>
              {scopeTitle}
              <ChevronIcon size={12} style={{ transform: 'rotate(90deg)' }} />
            </>
          }
          className="button subtle small"
          title="Critical path of the whole board or of one program"
          testId="critical-scope"
          panelLabel="Critical path of"
        >
          {(close) => (
            <div className="menu" role="menu">
              {[{ id: 'all', title: 'Whole board' }, ...programs].map((p) => (
                <button
                  key={p.id}
                  type="button"
                  role="menuitemradio"
                  aria-checked={scope === p.id}
                  className="menu-item"
                  onClick={() => {
                    view.update({ critical: p.id });
                    close();
                  }}
                >
                  {p.title}
                </button>
              ))}
            </div>
          )}
        </Popover>
      )}
    </div>
  );
}

/** Portfolios and programs, by title: what a critical path can be limited to. */
function programList(items: ReadonlyMap<string, Item>): Array<{ id: string; title: string }> {
  return [...items.values()]
    .filter((i) => i.kind === 'program' || i.kind === 'portfolio')
    .map((i) => ({ id: i.id, title: i.title }))
    .sort((a, b) => a.title.localeCompare(b.title));
}

const sameEntries = (a: Array<{ id: string; title: string }>, b: Array<{ id: string; title: string }>) =>
  a.length === b.length && a.every((x, i) => x.id === b[i]?.id && x.title === b[i]?.title);

/** "Move dependents": a move also moves successors as far as their links need (editors). */
export function MoveDependentsToggle() {
  const { prefs } = useBoard();
  const on = useValue(prefs.moveDependents);
  return (
    <button
      type="button"
      className={`button subtle${on ? ' is-on' : ''}`}
      aria-pressed={on}
      data-testid="move-dependents"
      title="When on, moving items also moves the items that depend on them, just as far as their links need (ghost bars show where while you drag). One undo step."
      onClick={() => prefs.moveDependents.set(!on)}
    >
      <ChainIcon size={14} />
      Move dependents
    </button>
  );
}

/** Zoom presets, and zoom to fit (the selection, or everything shown). */
export function ZoomControl() {
  const { prefs, session } = useBoard();
  const level = levelFor(useStructure().scale.ppd);
  return (
    <>
      {/* Buttons, not a <select>: a viewer's page has no form fields at all. */}
      <fieldset className="zoom" data-testid="zoom">
        <legend className="sr-only">Zoom</legend>
        {ZOOMS.map((z) => (
          <button
            key={z}
            type="button"
            className="zoom-option"
            aria-pressed={level === z}
            onClick={() => prefs.ppd.set(PX_PER_DAY[z])}
            title={`Zoom to ${ZOOM_LABELS[z].toLowerCase()} (Ctrl or ⌘ + wheel, or pinch, zooms freely)`}
          >
            {ZOOM_LABELS[z]}
          </button>
        ))}
      </fieldset>
      <button
        type="button"
        className="icon-button"
        data-testid="zoom-fit"
        title="Zoom to fit the selection, or everything shown (F)"
        onClick={() => session.timeline?.fit([...session.selected.get()])}
      >
        <FitIcon />
        <span className="sr-only">Zoom to fit</span>
      </button>
    </>
  );
}
