import { ITEM_KINDS, STATUSES } from '@planroom/shared';
import { useGoals, usePeople, useView } from '../core/records';
import { activeFilterCount, toggled } from '../core/viewState';
import { useT } from '../i18n/useT';
import { FilterIcon, statusInfo } from '../ui/icons';
import { Popover } from '../ui/Popover';
import { kindLabel } from './labels';
import { useRoadmap } from './RoadmapContext';
import { useStructure } from './useLayout';

interface Option {
  value: string;
  label: string;
  color?: string;
}

function Group(props: {
  legend: string;
  options: Option[];
  selected: readonly string[];
  onToggle: (v: string) => void;
}) {
  if (!props.options.length) return null;
  return (
    <fieldset className="filter-group">
      <legend>{props.legend}</legend>
      {props.options.map((o) => (
        <label key={o.value} className="check">
          <input
            type="checkbox"
            data-view-control
            checked={props.selected.includes(o.value)}
            onChange={() => props.onToggle(o.value)}
          />
          {o.color && <span className="goal-swatch" style={{ background: o.color }} aria-hidden="true" />}
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}

/** Filters by status, kind, owner and goal (in the URL); what does not match is hidden. */
export function FilterPopover() {
  const { view } = useRoadmap();
  const state = useView();
  const people = usePeople();
  const goals = useGoals();
  const count = activeFilterCount(state) - (state.text.trim() ? 1 : 0);
  const clear = () => view.update({ statuses: [], kinds: [], ownerIds: [], goalIds: [] });
  const t = useT();

  return (
    <Popover
      label={
        <>
          <FilterIcon size={14} />
          {t('filter.button')}
          {count > 0 && <span className="count-badge">{count}</span>}
        </>
      }
      className="button subtle"
      title={t('filter.title')}
      testId="filter-button"
      panelTestId="filter-popover"
      panelLabel={t('filter.panel')}
      pressed={count > 0}
    >
      {() => (
        <div className="filter-panel">
          <Group
            legend={t('filter.status')}
            options={STATUSES.map((s) => ({ value: s, label: statusInfo(s).label }))}
            selected={state.statuses}
            onToggle={(v) => view.update({ statuses: toggled(state.statuses, v as (typeof STATUSES)[number]) })}
          />
          <Group
            legend={t('filter.kind')}
            options={ITEM_KINDS.map((k) => ({ value: k, label: kindLabel(k) }))}
            selected={state.kinds}
            onToggle={(v) => view.update({ kinds: toggled(state.kinds, v as (typeof ITEM_KINDS)[number]) })}
          />
          <Group
            legend={t('filter.owner')}
            options={people.map((p) => ({ value: p.id, label: p.name, color: p.color }))}
            selected={state.ownerIds}
            onToggle={(v) => view.update({ ownerIds: toggled(state.ownerIds, v) })}
          />
          <Group
            legend={t('filter.goal')}
            options={goals.map((g) => ({ value: g.id, label: g.title, color: g.color }))}
            selected={state.goalIds}
            onToggle={(v) => view.update({ goalIds: toggled(state.goalIds, v) })}
          />
          <div className="filter-actions">
            <button type="button" className="button subtle small" onClick={clear} disabled={count === 0}>
              {t('filter.clear')}
            </button>
          </div>
        </div>
      )}
    </Popover>
  );
}

/** "12 hidden by filters · Show all": filters hide bars, so say how many. */
export function HiddenNote() {
  const { view } = useRoadmap();
  const { hidden } = useStructure();
  const t = useT();
  if (!hidden) return null;
  return (
    <span className="hidden-note" data-testid="hidden-count">
      {t('filter.hidden', { count: hidden })}
      <button
        type="button"
        className="link-button"
        onClick={() => view.update({ text: '', statuses: [], kinds: [], ownerIds: [], goalIds: [] })}
      >
        {t('filter.showAll')}
      </button>
    </span>
  );
}
