import { numberFormat } from '../i18n/format';
import { useT } from '../i18n/useT';
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
  const t = useT();
  return (
    <div className="toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <div className="toolbar-group">
        {ctx.canEdit && (
          <>
            <button type="button" className="button subtle" onClick={() => addPerson(ctx, null)}>
              <PlusIcon size={14} />
              {t('resources.addPerson')}
            </button>
            <button type="button" className="button subtle" onClick={() => addTeam(ctx)}>
              <PlusIcon size={14} />
              {t('resources.addTeam')}
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
  const t = useT();
  const pct = (share: number) => numberFormat({ style: 'percent' }).format(share);
  return (
    <ul className="load-legend" aria-label={t('resources.loadLegend')}>
      <li>
        <span className="legend-swatch level-light" aria-hidden="true" /> {t('resources.under50', { pct: pct(0.5) })}
      </li>
      <li>
        <span className="legend-swatch level-busy" aria-hidden="true" /> {numberFormat().format(50)}–{pct(0.85)}
      </li>
      <li>
        <span className="legend-swatch level-full" aria-hidden="true" /> {t('resources.near100', { pct: pct(1) })}
      </li>
      <li>
        <span className="legend-swatch is-over" aria-hidden="true">
          !
        </span>{' '}
        {t('resources.over')}
      </li>
    </ul>
  );
}
