/** Constants both ends of the wire agree on. */

export const ROLES = ['owner', 'editor', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export function canEdit(role: Role): boolean {
  return role !== 'viewer';
}

/** WebSocket close codes sent by the server. */
export const CLOSE = {
  /** A frame larger than MAX_FRAME_BYTES. */
  tooBig: 1009,
  /** A frame that is not a valid y-websocket message or Yjs update. */
  malformed: 4400,
  /** Missing, tampered or revoked token. */
  unauthorized: 4401,
  /** A viewer tried to change the board. */
  forbidden: 4403,
  /** No board with that id. */
  notFound: 4404,
  /** The board's schema is newer than this server. */
  schemaTooNew: 4409,
  /** The server is shutting down; clients reconnect. */
  goingAway: 1001,
  /**
   * Not refused, only too much at once (a send queue, updates waiting for missing
   * changes, a connection's budget): the stock client reconnects and resyncs.
   */
  tryAgain: 1013,
} as const;

export const MAX_FRAME_BYTES = 5 * 1024 * 1024;

/** y-websocket message types (first varuint of every frame). */
export const MESSAGE = { sync: 0, awareness: 1, auth: 2, queryAwareness: 3 } as const;

/** What `POST /api/boards` answers. */
export interface CreatedBoard {
  id: string;
  name: string;
  tokens: Record<Role, string>;
  links: { editor: string; viewer: string };
}

/** What `GET /api/boards/:id` answers. */
export interface BoardInfo {
  id: string;
  name: string;
  role: Role;
  schemaVersion: number;
  createdAt: string;
  updatedAt: string;
}
