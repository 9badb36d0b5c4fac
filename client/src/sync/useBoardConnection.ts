import { boardVersion, SCHEMA_VERSION, sendOwnPresenceOnly } from '@planroom/shared';
import { useEffect, useState } from 'react';
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { ApiError, type BoardAccess, fetchBoardAccess, fetchTicket } from './api';
import { type BoardError, errorFromClose, errorFromStatus } from './boardErrors';
import { forgetAccess, rememberAccess, rememberedAccess } from './offline';
import { ticketSocketClass } from './ticketSocket';
import { firstToken, latestToken } from './tokenHandover';

declare global {
  interface Window {
    /** The open board's doc and provider, for tests and debugging (read it, don't write). */
    __planroom?: { doc: Y.Doc; provider: WebsocketProvider };
  }
}

export type Connection =
  | { phase: 'loading'; provider: WebsocketProvider | null }
  | { phase: 'ready'; doc: Y.Doc; provider: WebsocketProvider; access: BoardAccess }
  | { phase: 'error'; error: BoardError };

export function wsBase(): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`;
}

/** Errors after which this browser's copy of the board must go: the link no longer opens it. */
const FORGET: ReadonlySet<BoardError['kind']> = new Set(['unauthorized', 'not-found']);

/**
 * Opens one board: asks the API who we are (role, name, share links), loads this
 * browser's copy of the doc from IndexedDB and syncs it over the WebSocket, in parallel.
 * Ready once the API answered (or, offline, a remembered answer for this link) and
 * either the first sync is done or the local copy has content: a board opened once opens
 * again at once, offline too, and edits made offline survive a reload and merge on
 * reconnect. Close codes the server means as final (bad token, unknown board, schema
 * too new…) stop the provider and turn into an error screen instead of a reconnect loop.
 * The socket opens with a one-use ticket fetched for each attempt, never with the token.
 */
export function useBoardConnection(boardId: string, token: string | null, attempt: number): Connection {
  const [state, setState] = useState<Connection>({ phase: 'loading', provider: null });
  // an owner's own link reset changes the URL's token but not the session (tokenHandover)
  const session = token ? firstToken(token) : null;

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new `attempt` (Try again) must reconnect from scratch
  useEffect(() => {
    if (!session) {
      setState({ phase: 'error', error: { kind: 'no-token' } });
      return;
    }
    const current = () => latestToken(session);
    const abort = new AbortController();
    const doc = new Y.Doc();
    // No BroadcastChannel: every tab syncs through the server, so "saved" means saved and a
    // view-only tab never learns anything the server did not send it.
    const local = new IndexeddbPersistence(`planroom:${boardId}`, doc);
    const provider = new WebsocketProvider(wsBase(), boardId, doc, {
      WebSocketPolyfill: ticketSocketClass((signal) => fetchTicket(boardId, current(), signal)),
      disableBc: true,
    });
    window.__planroom = { doc, provider };
    const stopOwnOnly = sendOwnPresenceOnly(provider);
    let access: BoardAccess | null = null;
    let localLoaded = false;
    let failed = false;
    let ready = false;
    setState({ phase: 'loading', provider });

    const fail = (error: BoardError) => {
      if (failed) return;
      failed = true;
      provider.disconnect();
      // A revoked link or a deleted board keeps nothing readable here; a refused write
      // means the local copy holds something the server will never take: start clean.
      if (FORGET.has(error.kind) || error.kind === 'forbidden') void local.clearData();
      if (FORGET.has(error.kind)) forgetAccess(boardId);
      setState({ phase: 'error', error });
    };
    const maybeReady = () => {
      if (ready || failed || !access) return;
      if (!provider.synced && !(localLoaded && doc.store.clients.size > 0)) return;
      if (boardVersion(doc) > SCHEMA_VERSION) return fail({ kind: 'schema-too-new' });
      ready = true;
      setState({ phase: 'ready', doc, provider, access });
    };
    const onSync = (synced: boolean) => {
      if (synced) maybeReady();
    };
    const onClosed = (event: { code: number; reason: string }) => {
      const error = errorFromClose(event.code, event.reason);
      if (error) fail(error);
    };

    provider.on('sync', onSync);
    provider.on('closed', onClosed);
    local.whenSynced.then(() => {
      localLoaded = true;
      maybeReady();
    });
    fetchBoardAccess(boardId, current(), abort.signal).then(
      (info) => {
        access = info;
        rememberAccess(boardId, current(), info);
        maybeReady();
      },
      (error: unknown) => {
        if (abort.signal.aborted) return;
        if (error instanceof ApiError) return fail(errorFromStatus(error.status, error.message));
        // No network: the last answer for this same link stands in until it is back.
        access = rememberedAccess(boardId, current());
        if (access) maybeReady();
        else fail(errorFromStatus(0));
      },
    );

    return () => {
      abort.abort();
      failed = true;
      provider.off('sync', onSync);
      provider.off('closed', onClosed);
      stopOwnOnly();
      provider.destroy();
      void local.destroy();
      doc.destroy();
      if (window.__planroom?.doc === doc) window.__planroom = undefined;
    };
  }, [boardId, session, attempt]);

  return state;
}
