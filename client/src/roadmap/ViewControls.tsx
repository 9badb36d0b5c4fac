import type { Item } from '@planroom/shared';
import { useDerived, useView } from '../core/records';
import { GROUP_LABELS, GROUP_OPTIONS } from '../core/viewState';
import { ChainIcon, ChevronIcon, PathIcon } from '../ui/icons';
import { Popover } from '../ui/Popover';
import { useValue } from '../ui/useValue';
import { useRoadmap } from './RoadmapContext';

/** Group rows by lane, program, owner, status or goal: a view setting in the URL. */
export function GroupByControl() {
  const { view } = useRoadmap();
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
  const { view, store } = useRoadmap();
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
  const { prefs } = useRoadmap();
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
