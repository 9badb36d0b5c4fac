import { collection, type Item, updateItem } from '@planroom/shared';
import { CollabTextArea, textOf } from '../core/CollabTextArea';
import { describeError } from '../core/edit';
import { useT } from '../i18n/useT';
import { useRoadmap } from './RoadmapContext';

/**
 * Notes bound to the item's Y.Text (see CollabTextArea): `updateItem` rewrites only the
 * span that changed, so two people typing in the same notes both keep their words.
 */
export function NotesField({ item, inputId }: { item: Item; inputId: string }) {
  const ctx = useRoadmap();
  const { doc } = ctx;
  const t = useT();
  return (
    <CollabTextArea
      ytext={textOf(collection(doc, 'items').get(item.id), 'notes')}
      fallback={item.notes}
      readOnly={!ctx.canEdit}
      write={(notes) => {
        try {
          updateItem(doc, item.id, { notes });
        } catch (error) {
          ctx.session.notify(describeError(error));
        }
      }}
      id={inputId}
      className="notes"
      rows={6}
      maxLength={100_000}
      placeholder={t('notes.placeholder')}
    />
  );
}
