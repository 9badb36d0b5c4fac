import { useEffect, useState } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import { type ConnectionState, connectionState, type SaveState, type SocketStatus, saveState } from './connection';

function socketStatus(provider: WebsocketProvider): SocketStatus {
  if (provider.wsconnected) return 'connected';
  return provider.wsconnecting ? 'connecting' : 'disconnected';
}

/** The header pill: provider 'status' events combined with `navigator.onLine`. */
export function useConnectionState(provider: WebsocketProvider | null): ConnectionState {
  const [socket, setSocket] = useState<SocketStatus>(() => (provider ? socketStatus(provider) : 'connecting'));
  const [everConnected, setEverConnected] = useState(() => provider?.wsconnected ?? false);
  const [online, setOnline] = useState(() => navigator.onLine);

  useEffect(() => {
    if (!provider) return;
    const onStatus = ({ status }: { status: SocketStatus }) => {
      setSocket(status);
      if (status === 'connected') setEverConnected(true);
    };
    onStatus({ status: socketStatus(provider) });
    provider.on('status', onStatus);
    return () => provider.off('status', onStatus);
  }, [provider]);

  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);

  return connectionState(socket, everConnected, online);
}

/** True once every local update has left this browser; see `saveState` for the meaning. */
function flushed(provider: WebsocketProvider): boolean {
  const ws = provider.ws;
  return provider.wsconnected && provider.synced && ws !== null && ws.readyState === ws.OPEN && ws.bufferedAmount === 0;
}

/**
 * "Saving…" from the first local change until the socket has sent everything. Local
 * means any origin but the provider (our edits, undo/redo). While disconnected the change
 * waits in the doc; the provider sends it in the sync exchange after reconnecting.
 */
export function useSaveState(provider: WebsocketProvider): SaveState {
  const [pending, setPending] = useState(false);
  const [connected, setConnected] = useState(provider.wsconnected);

  useEffect(() => {
    let dirty = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = () => {
      timer = undefined;
      if (!dirty) return;
      if (flushed(provider)) {
        dirty = false;
        setPending(false);
      } else if (provider.wsconnected) {
        timer = setTimeout(check, 150);
      }
    };
    const schedule = (delay: number) => {
      if (timer === undefined) timer = setTimeout(check, delay);
    };
    const onUpdate = (_update: Uint8Array, origin: unknown) => {
      if (origin === provider) return;
      dirty = true;
      setPending(true);
      schedule(50);
    };
    const onSync = (synced: boolean) => {
      if (synced) schedule(50);
    };
    const onStatus = () => setConnected(provider.wsconnected);
    provider.doc.on('update', onUpdate);
    provider.on('sync', onSync);
    provider.on('status', onStatus);
    return () => {
      clearTimeout(timer);
      provider.doc.off('update', onUpdate);
      provider.off('sync', onSync);
      provider.off('status', onStatus);
    };
  }, [provider]);

  return saveState(pending, connected);
}
