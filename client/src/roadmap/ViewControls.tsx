import type { Item } from '@planroom/shared';
import { useDerived, useView } from '../core/records';
import { GROUP_OPTIONS } from '../core/viewState';
import { useT } from '../i18n/useT';
import { ChainIcon, ChevronIcon, PathIcon } from '../ui/icons';
import { Popover } from '../ui/Popover';
import { useValue } from '../ui/useValue';
import { useRoadmap } from './RoadmapContext';

/** Group rows by lane, program, owner, status or goal: a view setting in the URL. */
export function GroupByControl() {
  const { view } = useRoadmap();
  const group = useView().group;
  const t = useT();
  return (
    <div className="segmented-field">
      <span className="segmented-label" aria-hidden="true">
        {t('group.by')}
      </span>
      {/* Buttons, not a <select>: a viewer's page has no form fields at all. */}
      <fieldset className="zoom" data-testid="group-by">
        <legend className="sr-only">{t('group.by')}</legend>
        {GROUP_OPTIONS.map((g) => (
          <button
            key={g}
            type="button"
            className="zoom-option"
            aria-pressed={group === g}
            data-group={g}
            onClick={() => view.update({ group: g })}
            title={t('group.rowsBy', { group: t(`group.${g}`).toLocaleLowerCase() })}
          >
            {t(`group.${g}`)}
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
  const t = useT();
  const whole = t('critical.wholeBoard');
  const scopeTitle = scope === null || scope === 'all' ? whole : (store.getItem(scope)?.title ?? whole);
  return (
    <div className="critical-control">
      <button
        type="button"
        className={`button subtle${on ? ' is-on' : ''}`}
        aria-pressed={on}
        data-testid="critical-toggle"
        title={t('critical.title')}
        onClick={() => view.update({ critical: on ? null : 'all' })}
      >
        <PathIcon size={14} />
        {t('critical.label')}
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
          title={t('critical.scopeTitle')}
          testId="critical-scope"
          panelLabel={t('critical.scopeLabel')}
        >
          {(close) => (
            <div className="menu" role="menu">
              {[{ id: 'all', title: whole }, ...programs].map((p) => (
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
  const t = useT();
  return (
    <button
      type="button"
      className={`button subtle${on ? ' is-on' : ''}`}
      aria-pressed={on}
      data-testid="move-dependents"
      title={t('moveDependents.title')}
      onClick={() => prefs.moveDependents.set(!on)}
    >
      <ChainIcon size={14} />
      {t('moveDependents.label')}
    </button>
  );
}
