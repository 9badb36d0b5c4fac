import { COLLECTIONS, collection, LOCAL_ORIGIN, metaMap, canEdit as roleCanEdit } from '@planroom/shared';
import { useEffect, useMemo, useState } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { useShortcuts } from '../hooks/useShortcuts';
import type { BoardAccess } from '../lib/api';
import { BoardStore } from '../lib/boardStore';
import { isZoom, type Zoom } from '../lib/timeScale';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { BoardContext, type BoardContextValue } from './BoardContext';
import { BoardHeader } from './BoardHeader';
import { ItemPanel } from './ItemPanel';
import { NeedsAttention } from './NeedsAttention';
import { Dialogs, NoticeToast } from './Overlays';
import { Session } from './session';
import { Timeline } from './Timeline';
import { TooBigBanner } from './TooBigBanner';

const ZOOM_KEY = 'planroom.zoom';

function initialZoom(): Zoom {
  try {
    const saved = localStorage.getItem(ZOOM_KEY);
    return isZoom(saved) ? saved : 'month';
  } catch {
    return 'month';
  }
}

interface Props {
  boardId: string;
  doc: Y.Doc;
  provider: WebsocketProvider;
  access: BoardAccess;
}

interface Parts {
  store: BoardStore;
  session: Session;
  undoManager: Y.UndoManager | null;
}

/** A synced board: header, timeline, side panel, dialogs. */
export function BoardView({ boardId, doc, provider, access }: Props) {
  const editable = roleCanEdit(access.role);
  const [parts, setParts] = useState<Parts | null>(null);
  const [zoom, setZoom] = useState(initialZoom);

  // Made in an effect (not a memo) so React's double mount in development pairs every
  // observer with its cleanup.
  useEffect(() => {
    const store = new BoardStore(doc);
    const session = new Session();
    // Only this person's edits: remote changes and migrations are never undone from here.
    const undoManager = editable
      ? new Y.UndoManager([...COLLECTIONS.map((name) => collection(doc, name)), metaMap(doc)], {
          trackedOrigins: new Set([LOCAL_ORIGIN]),
        })
      : null;
    setParts({ store, session, undoManager });
    // Selection is presence, not document: others may show it, nobody stores it.
    const publishSelection = () => provider.awareness.setLocalStateField('selection', session.selection.get());
    const unsubscribe = session.selection.subscribe(publishSelection);
    return () => {
      unsubscribe();
      undoManager?.destroy();
      store.destroy();
      session.dispose();
    };
  }, [doc, provider, editable]);

  const ctx = useMemo<BoardContextValue | null>(
    () => (parts ? { boardId, doc, provider, access, role: access.role, canEdit: editable, ...parts } : null),
    [parts, boardId, doc, provider, access, editable],
  );
  useShortcuts(ctx);

  function changeZoom(next: Zoom) {
    setZoom(next);
    try {
      localStorage.setItem(ZOOM_KEY, next);
    } catch {
      // view preference only
    }
  }

  if (!ctx) return null;
  return (
    <BoardContext.Provider value={ctx}>
      <div className={`board${editable ? '' : ' is-readonly'}`} data-role={access.role}>
        <BoardHeader zoom={zoom} onZoom={changeZoom} />
        <TooBigBanner provider={provider} />
        <ErrorBoundary area="the needs-attention list">
          <NeedsAttention />
        </ErrorBoundary>
        <div className="board-main">
          <ErrorBoundary area="the timeline">
            <Timeline zoom={zoom} />
          </ErrorBoundary>
          <ErrorBoundary area="the item details">
            <ItemPanel />
          </ErrorBoundary>
        </div>
        <Dialogs />
        <NoticeToast />
      </div>
    </BoardContext.Provider>
  );
}
