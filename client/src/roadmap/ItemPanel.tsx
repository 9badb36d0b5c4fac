import { collection } from '@planroom/shared';
import { useEffect } from 'react';
import { useItem, useProblems } from '../core/useYjs';
import { useT } from '../i18n/useT';
import { CloseIcon, TrashIcon } from '../ui/icons';
import { deleteItem } from './actions';
import { BaselineFacts } from './BaselineFacts';
import { ItemDetails } from './ItemDetails';
import { ItemForm } from './ItemForm';
import { kindLabel } from './labels';
import { useRoadmap } from './RoadmapContext';

/** The panel for one selected item: a form for editors, details for viewers. */
export function ItemPanel({ id }: { id: string }) {
  const ctx = useRoadmap();
  const { session, canEdit, doc } = ctx;
  const { ItemPresence, ItemComments } = ctx.slots;
  const item = useItem(id);
  const problems = useProblems().filter((p) => p.collection === 'items' && p.id === id);
  const exists = collection(doc, 'items').has(id);
  const t = useT();

  // Deleted (here, by someone else, or by an undo): nothing left to show.
  useEffect(() => {
    if (!item && !exists) session.select(null);
  }, [item, exists, session]);

  const close = (
    <button type="button" className="icon-button" onClick={() => session.panelOpen.set(false)} title={t('panel.close')}>
      <CloseIcon />
      <span className="sr-only">{t('panel.close')}</span>
    </button>
  );

  if (!item) {
    return (
      <>
        <div className="panel-head">
          <h2>{t('item.invalidHeading')}</h2>
          {close}
        </div>
        <div className="panel-body">
          <p>{t('item.invalid')}</p>
          <ul className="problem-list">
            {problems.map((p) => (
              <li key={`${p.field}:${p.reason}`}>
                <code>{p.field || t('item.record')}</code> {p.reason}
              </li>
            ))}
          </ul>
          {canEdit && (
            <button type="button" className="button danger" onClick={() => deleteItem(ctx, id)}>
              <TrashIcon size={14} /> {t('item.delete')}
            </button>
          )}
        </div>
      </>
    );
  }

  return (
    <>
      <div className="panel-head">
        <h2>
          <span className="panel-kind">{kindLabel(item.kind)}</span>
          {!canEdit && <span className="panel-title">{item.title}</span>}
        </h2>
        {close}
      </div>
      <div className="panel-body">
        {ItemPresence && <ItemPresence itemId={item.id} />}
        <BaselineFacts item={item} />
        {canEdit ? <ItemForm item={item} /> : <ItemDetails item={item} />}
        {ItemComments && <ItemComments itemId={item.id} />}
      </div>
    </>
  );
}
