import { useBoard } from '../core/BoardContext';
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
  const resetOf = (target: 'editor' | 'viewer' | 'owner', warning: string) =>
    owner ? { warning, run: () => reset(target) } : undefined;

  return (
    <Modal heading="Share this board" onClose={onClose} width={600} testId="share-dialog">
      {links.editor || links.viewer ? (
        <>
          {links.editor && (
            <LinkRow
              linkRole="editor"
              label="Editor link"
              hint="Anyone with this link can change the plan. Share it with the people in the workshop."
              url={links.editor}
              reset={resetOf(
                'editor',
                'Everyone who opened the board with the editor link loses access at once and needs the new link. The viewer link keeps working.',
              )}
            />
          )}
          {links.viewer && (
            <LinkRow
              linkRole="viewer"
              label="Viewer link"
              hint="Read-only, enforced by the server. For stakeholders and sponsors: they see changes live."
              url={links.viewer}
              reset={resetOf(
                'viewer',
                'Everyone watching with the viewer link loses access at once and needs the new link. The editor link keeps working.',
              )}
            />
          )}
          {owner && links.owner && (
            <div className="share-owner">
              <LinkRow
                linkRole="owner"
                label="Your owner link"
                hint="The key to managing this board: it resets these links (and will restore versions). Keep it to yourself; don't share it with the workshop."
                url={links.owner}
                reset={resetOf(
                  'owner',
                  'Your current owner link stops working everywhere it is saved. This tab switches to the new one; keep a copy of it.',
                )}
              />
            </div>
          )}
          <p className="share-note">Links carry their access key after the “#”: treat them like passwords.</p>
        </>
      ) : (
        <p>The server did not return share links for this board.</p>
      )}
    </Modal>
  );
}
