import { useItem } from '../core/useYjs';
import { useT } from '../i18n/useT';
import { FitIcon, TrashIcon } from '../ui/icons';
import { PanelClose } from './PanelClose';
import { useRoadmap } from './RoadmapContext';

const SHOWN = 12;

/** Several items selected: what they are, and what can be done to all of them at once. */
export function MultiPanel({ ids }: { ids: string[] }) {
  const { session, canEdit } = useRoadmap();
  const t = useT();
  return (
    <>
      <div className="panel-head">
        <h2>
          <span className="panel-kind">{t('multi.kind')}</span>
          <span className="panel-title">{t('multi.count', { count: ids.length })}</span>
        </h2>
        <PanelClose />
      </div>
      <div className="panel-body">
        <ul className="multi-list">
          {ids.slice(0, SHOWN).map((id) => (
            <MultiRow key={id} id={id} />
          ))}
          {ids.length > SHOWN && <li className="more">{t('multi.more', { count: ids.length - SHOWN })}</li>}
        </ul>
        {canEdit && <p className="field-hint">{t('multi.hint')}</p>}
        <div className="form-actions multi-actions">
          <button type="button" className="button subtle" onClick={() => session.timeline?.fit(ids)}>
            <FitIcon size={14} /> {t('multi.fit')}
          </button>
          {canEdit && (
            <button
              type="button"
              className="button danger subtle"
              onClick={() => session.dialog.set({ kind: 'delete-items', ids })}
            >
              <TrashIcon size={14} /> {t('multi.delete', { count: ids.length })}
            </button>
          )}
        </div>
      </div>
    </>
  );
}

function MultiRow({ id }: { id: string }) {
  const { session } = useRoadmap();
  const item = useItem(id);
  if (!item) return null;
  return (
    <li>
      <button type="button" className="link-button" onClick={() => session.select(id)}>
        {item.title}
      </button>
      <span className="multi-dates">
        {item.start} → {item.end}
      </span>
    </li>
  );
}
