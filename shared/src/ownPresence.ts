import * as encoding from 'lib0/encoding';
import { type Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { MESSAGE } from './protocol.js';

/** What this needs of a y-websocket provider (shared does not depend on y-websocket). */
export interface PresenceProvider {
  awareness: Awareness;
  ws: { readyState: number; readonly OPEN: number; send(data: Uint8Array<ArrayBuffer>): void } | null;
  _awarenessUpdateHandler: (
    changes: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ) => void;
  on(event: 'status', listener: (event: { status: string }) => void): void;
  off(event: 'status', listener: (event: { status: string }) => void): void;
}

type Changes = { added: number[]; updated: number[]; removed: number[] };

/**
 * The stock provider sends back every presence state it receives, so each cursor move of
 * twenty people would come back twenty times over. This makes it send only its own state
 * (changed, or removed on leaving); the server relays everyone's to everyone. Planroom's
 * client, the workshop bench and the cursor perf all use it. Returns the undo.
 */
export function sendOwnPresenceOnly(provider: PresenceProvider): () => void {
  const { awareness } = provider;
  awareness.off('update', provider._awarenessUpdateHandler);
  const onUpdate = ({ added, updated, removed }: Changes) => {
    const own = awareness.clientID;
    if (!added.includes(own) && !updated.includes(own) && !removed.includes(own)) return;
    const ws = provider.ws;
    if (!ws || ws.readyState !== ws.OPEN) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE.awareness);
    encoding.writeVarUint8Array(encoder, encodeAwarenessUpdate(awareness, [own]));
    ws.send(encoding.toUint8Array(encoder) as Uint8Array<ArrayBuffer>);
  };
  awareness.on('update', onUpdate);
  // Back on a new socket: the server removed this client's state when the old one closed,
  // which left its clock one past ours, so our state as it is would be taken for an old
  // one (by the server and by everyone else). Two renewals put it past, and it shows again.
  const onStatus = ({ status }: { status: string }) => {
    const state = awareness.getLocalState();
    if (status !== 'connected' || state === null) return;
    awareness.setLocalState({ ...state });
    awareness.setLocalState({ ...state });
  };
  provider.on('status', onStatus);
  return () => {
    provider.off('status', onStatus);
    awareness.off('update', onUpdate);
    awareness.on('update', provider._awarenessUpdateHandler);
  };
}
