import { boardVersion, SCHEMA_VERSION } from '@planroom/shared';
import { useEffect, useState } from 'react';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { ApiError, type BoardAccess, fetchBoardAccess, fetchTicket } from '../lib/api';
import { type BoardError, errorFromClose, errorFromStatus } from '../lib/boardErrors';
import { ticketSocketClass } from '../lib/ticketSocket';
import { firstToken, latestToken } from '../lib/tokenHandover';

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

/**
 * Opens one board: asks the API who we are (role, name, share links) and syncs the doc
 * over the WebSocket, in parallel. Ready once both answered and the first sync is done.
 * Close codes the server means as final (bad token, unknown board, schema too new…)
 * stop the provider and turn into an error screen instead of a reconnect loop.
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
    const provider = new WebsocketProvider(wsBase(), boardId, doc, {
      WebSocketPolyfill: ticketSocketClass((signal) => fetchTicket(boardId, current(), signal)),
      disableBc: true,
    });
    window.__planroom = { doc, provider };
    let access: BoardAccess | null = null;
    let failed = false;
    let ready = false;
    setState({ phase: 'loading', provider });

    const fail = (error: BoardError) => {
      if (failed) return;
      failed = true;
      provider.disconnect();
      setState({ phase: 'error', error });
    };
    const maybeReady = () => {
      if (ready || failed || !access || !provider.synced) return;
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
    fetchBoardAccess(boardId, current(), abort.signal).then(
      (info) => {
        access = info;
        maybeReady();
      },
      (error: unknown) => {
        if (abort.signal.aborted) return;
        fail(error instanceof ApiError ? errorFromStatus(error.status, error.message) : errorFromStatus(0));
      },
    );

    return () => {
      abort.abort();
      failed = true;
      provider.off('sync', onSync);
      provider.off('closed', onClosed);
      provider.destroy();
      doc.destroy();
      if (window.__planroom?.doc === doc) window.__planroom = undefined;
    };
  }, [boardId, session, attempt]);

  return state;
}
