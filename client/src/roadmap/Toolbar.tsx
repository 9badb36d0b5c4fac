import { useT } from '../i18n/useT';
import { ZoomControl } from '../timeline/ZoomControl';
import { TargetIcon } from '../ui/icons';
import { BaselinesButton } from './BaselinesDialog';
import { FilterPopover, HiddenNote } from './FilterPopover';
import { useRoadmap } from './RoadmapContext';
import { SearchBox } from './SearchBox';
import { CriticalPathControl, GroupByControl, MoveDependentsToggle } from './ViewControls';

/**
 * The view bar under the header: how this person looks at the board (search, filters,
 * grouping, critical path, zoom). All of it is view state (URL or this device), none of it
 * changes the board; goals open the goals panel.
 */
export function Toolbar() {
  const { canEdit, session } = useRoadmap();
  const t = useT();
  return (
    <div className="toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <div className="toolbar-group">
        <SearchBox />
        <FilterPopover />
        <HiddenNote />
      </div>
      <div className="toolbar-group">
        <GroupByControl />
        <button
          type="button"
          className="button subtle"
          data-testid="goals-button"
          title={t('toolbar.goalsTitle')}
          onClick={() => session.dialog.set({ kind: 'goals' })}
        >
          <TargetIcon size={14} />
          {t('toolbar.goals')}
        </button>
      </div>
      <div className="toolbar-group toolbar-end">
        <BaselinesButton />
        <CriticalPathControl />
        {canEdit && <MoveDependentsToggle />}
        <ZoomControl />
      </div>
    </div>
  );
}
