import { useBoard } from '../core/BoardContext';
import { useT } from '../i18n/useT';
import { Modal } from '../ui/Modal';
import { LinkRow } from './ShareLinkRow';
import { useShareLinks } from './useShareLinks';

/**
 * Owner and editor only: the links this person may see. Owners can reset each one (the
 * old link stops working at once, for everyone holding it) and see their own owner link,
 * the key to managing the board.
 */
export function ShareDialog({ onClose }: { onClose: () => void }) {
  const { role } = useBoard();
  const { links, reset } = useShareLinks();
  const owner = role === 'owner';
  const t = useT();
  const resetOf = (target: 'editor' | 'viewer' | 'owner', warning: string) =>
    owner ? { warning, run: () => reset(target) } : undefined;

  return (
    <Modal heading={t('share.heading')} onClose={onClose} width={600} testId="share-dialog">
      {links.editor || links.viewer ? (
        <>
          {links.editor && (
            <LinkRow
              linkRole="editor"
              label={t('share.editorLabel')}
              hint={t('share.editorHint')}
              url={links.editor}
              reset={resetOf('editor', t('share.editorWarning'))}
            />
          )}
          {links.viewer && (
            <LinkRow
              linkRole="viewer"
              label={t('share.viewerLabel')}
              hint={t('share.viewerHint')}
              url={links.viewer}
              reset={resetOf('viewer', t('share.viewerWarning'))}
            />
          )}
          {owner && links.owner && (
            <div className="share-owner">
              <LinkRow
                linkRole="owner"
                label={t('share.ownerLabel')}
                hint={t('share.ownerHint')}
                url={links.owner}
                reset={resetOf('owner', t('share.ownerWarning'))}
              />
            </div>
          )}
          <p className="share-note">{t('share.note')}</p>
        </>
      ) : (
        <p>{t('share.noLinks')}</p>
      )}
    </Modal>
  );
}
