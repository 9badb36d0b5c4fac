import { ITEM_KINDS, STATUSES } from '@planroom/shared';
import { useGoals, usePeople, useView } from '../core/records';
import { activeFilterCount, toggled } from '../core/viewState';
import { FilterIcon, STATUS_INFO } from '../ui/icons';
import { Popover } from '../ui/Popover';
import { KIND_LABELS } from './labels';
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

  return (
    <Popover
      label={
        <>
          <FilterIcon size={14} />
          Filter
          {count > 0 && <span className="count-badge">{count}</span>}
        </>
      }
      className="button subtle"
      title="Filter by status, kind, owner or goal"
      testId="filter-button"
      panelTestId="filter-popover"
      panelLabel="Filter items"
      pressed={count > 0}
    >
      {() => (
        <div className="filter-panel">
          <Group
            legend="Status"
            options={STATUSES.map((s) => ({ value: s, label: STATUS_INFO[s].label }))}
            selected={state.statuses}
            onToggle={(v) => view.update({ statuses: toggled(state.statuses, v as (typeof STATUSES)[number]) })}
          />
          <Group
            legend="Kind"
            options={ITEM_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))}
            selected={state.kinds}
            onToggle={(v) => view.update({ kinds: toggled(state.kinds, v as (typeof ITEM_KINDS)[number]) })}
          />
          <Group
            legend="Owner"
            options={people.map((p) => ({ value: p.id, label: p.name, color: p.color }))}
            selected={state.ownerIds}
            onToggle={(v) => view.update({ ownerIds: toggled(state.ownerIds, v) })}
          />
          <Group
            legend="Goal"
            options={goals.map((g) => ({ value: g.id, label: g.title, color: g.color }))}
            selected={state.goalIds}
            onToggle={(v) => view.update({ goalIds: toggled(state.goalIds, v) })}
          />
          <div className="filter-actions">
            <button type="button" className="button subtle small" onClick={clear} disabled={count === 0}>
              Clear filters
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
  if (!hidden) return null;
  return (
    <span className="hidden-note" data-testid="hidden-count">
      {hidden} hidden by filters
      <button
        type="button"
        className="link-button"
        onClick={() => view.update({ text: '', statuses: [], kinds: [], ownerIds: [], goalIds: [] })}
      >
        Show all
      </button>
    </span>
  );
}
