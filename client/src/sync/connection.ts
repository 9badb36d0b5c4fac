/** What the provider reports about its socket. */
export type SocketStatus = 'connecting' | 'connected' | 'disconnected';

/** What the header pill shows. */
export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'offline';

export const CONNECTION_LABELS: Record<ConnectionState, string> = {
  connecting: 'Connecting…',
  connected: 'Connected',
  reconnecting: 'Reconnecting…',
  offline: 'Offline',
};

export const CONNECTION_HINTS: Record<ConnectionState, string> = {
  connecting: 'Opening a live connection to the board.',
  connected: 'Live: you see everyone’s changes as they happen.',
  reconnecting: 'The connection dropped. Your changes are kept and sent when it is back.',
  offline: 'This device is offline. Keep working: changes are sent when you are back online.',
};

export function connectionState(socket: SocketStatus, everConnected: boolean, online: boolean): ConnectionState {
  if (!online) return 'offline';
  if (socket === 'connected') return 'connected';
  return everConnected ? 'reconnecting' : 'connecting';
}

export type SaveState = 'saved' | 'saving' | 'unsaved';

export const SAVE_LABELS: Record<SaveState, string> = {
  saved: 'All changes saved',
  saving: 'Saving…',
  unsaved: 'Changes not sent yet',
};

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
