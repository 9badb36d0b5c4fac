import { MESSAGE } from '@planroom/shared';
import * as encoding from 'lib0/encoding';
import { encodeAwarenessUpdate } from 'y-protocols/awareness';
import type { WebsocketProvider } from 'y-websocket';

/**
 * The stock provider sends back every presence state it receives, so each cursor move
 * of twenty people would come back twenty times over. This sends only this tab's own
 * state (changed, or removed on leaving); the server relays everyone's to everyone.
 */
export function sendOwnPresenceOnly(provider: WebsocketProvider): () => void {
  const { awareness } = provider;
  awareness.off('update', provider._awarenessUpdateHandler);
  const onUpdate = ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }) => {
    const own = awareness.clientID;
    if (!added.includes(own) && !updated.includes(own) && !removed.includes(own)) return;
    const ws = provider.ws;
    if (!ws || ws.readyState !== ws.OPEN) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE.awareness);
    encoding.writeVarUint8Array(encoder, encodeAwarenessUpdate(awareness, [own]));
    ws.send(encoding.toUint8Array(encoder));
  };
  awareness.on('update', onUpdate);
  // Back on a new socket: the server removed this tab's state when the old one closed,
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
