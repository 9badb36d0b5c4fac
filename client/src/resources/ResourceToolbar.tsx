import { ZoomControl } from '../timeline/ZoomControl';
import { PlusIcon } from '../ui/icons';
import { addPerson, addTeam } from './actions';
import { useResourceBoard } from './ResourcesContext';

/**
 * The view bar of the resource view: adding people and teams (editors), what the load
 * colours mean, and the roadmap's zoom (both views share one time scale).
 */
export function ResourceToolbar() {
  const ctx = useResourceBoard();
  return (
    <div className="toolbar" role="toolbar" aria-label="View">
      <div className="toolbar-group">
        {ctx.canEdit && (
          <>
            <button type="button" className="button subtle" onClick={() => addPerson(ctx, null)}>
              <PlusIcon size={14} />
              Add person
            </button>
            <button type="button" className="button subtle" onClick={() => addTeam(ctx)}>
              <PlusIcon size={14} />
              Add team
            </button>
          </>
        )}
        <LoadLegend />
      </div>
      <div className="toolbar-group toolbar-end">
        <ZoomControl />
      </div>
    </div>
  );
}

/** What the weekly load cells mean; over-allocation is hatched and marked, not only red. */
function LoadLegend() {
  return (
    <ul className="load-legend" aria-label="Weekly load against capacity">
      <li>
        <span className="legend-swatch level-light" aria-hidden="true" /> Under 50%
      </li>
      <li>
        <span className="legend-swatch level-busy" aria-hidden="true" /> 50–85%
      </li>
      <li>
        <span className="legend-swatch level-full" aria-hidden="true" /> Near 100%
      </li>
      <li>
        <span className="legend-swatch is-over" aria-hidden="true">
          !
        </span>{' '}
        Over capacity
      </li>
    </ul>
  );
}
