import { useSyncExternalStore } from 'react';
import { createPortal } from 'react-dom';
import type { BoardSpace } from '../core/session';
import { useValue } from '../ui/useValue';
import { usePeers } from './AvatarStack';
import { useWorkshop } from './WorkshopContext';

/**
 * Everyone else's pointer over the view on screen, placed from their board point, so it
 * sits on the same bar or row and day whatever this person's zoom, scroll or grouping.
 * Drawn inside the scrolling canvas; each marker wakes only when its own pointer moves.
 */
export function CursorLayer() {
  const { session } = useWorkshop();
  const space = useValue(session.space);
  const peers = usePeers();
  if (!space) return null;
  return createPortal(
    <div className="cursor-layer" aria-hidden="true">
      {peers.map((p) => (
        <RemoteCursor key={p.clientId} clientId={p.clientId} space={space} />
      ))}
    </div>,
    space.canvasEl,
  );
}

function RemoteCursor({ clientId, space }: { clientId: number; space: BoardSpace }) {
  const { presence } = useWorkshop().workshop;
  const peer = useSyncExternalStore(
    (cb) => presence.subscribePeer(clientId, cb),
    () => presence.getPeer(clientId),
  );
  const at = peer?.cursor ? space.place(peer.cursor) : null;
  if (!peer || !at) return null;
  return (
    <div
      className={`remote-cursor${peer.idle ? ' is-idle' : ''}`}
      data-testid="remote-cursor"
      data-name={peer.name}
      style={{ transform: `translate(${at.x}px, ${at.y}px)`, color: peer.color }}
    >
      <svg width="16" height="20" viewBox="0 0 16 20" aria-hidden="true" focusable="false">
        <path d="M1 1v16l4.5-4.2L8.6 19l2.6-1.2-3-6.1H14Z" fill="currentColor" stroke="#fff" strokeWidth="1.2" />
      </svg>
      <span className="remote-cursor-name" style={{ background: peer.color }}>
        {peer.name}
      </span>
    </div>
  );
}
