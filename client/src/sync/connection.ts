/** What the provider reports about its socket. */
export type SocketStatus = 'connecting' | 'connected' | 'disconnected';

/** What the header pill shows. */
export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'offline';

export function connectionState(socket: SocketStatus, everConnected: boolean, online: boolean): ConnectionState {
  if (!online) return 'offline';
  if (socket === 'connected') return 'connected';
  return everConnected ? 'reconnecting' : 'connecting';
}

export type SaveState = 'saved' | 'saving' | 'unsaved';

/**
 * y-websocket has no acknowledgements, so "saved" means: the provider is synced, its socket
 * is open and the browser has handed every byte of our updates to the network
 * (`bufferedAmount === 0`). The server stores an update before it broadcasts it, so a
 * change that left the socket is as safe as the network lets us know.
 */
export function saveState(pending: boolean, connected: boolean): SaveState {
  if (!pending) return 'saved';
  return connected ? 'saving' : 'unsaved';
}
