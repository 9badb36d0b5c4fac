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
  /** Missing, tampered or revoked token, or a used or expired ticket. */
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

/** The close reason (with 4401) for a socket whose link the owner has just reset. */
export const LINK_ROTATED = 'link was rotated';

export const MAX_FRAME_BYTES = 5 * 1024 * 1024;

/** y-websocket message types (first varuint of every frame); `workshop` is Planroom's own (see workshop.ts). */
export const MESSAGE = { sync: 0, awareness: 1, auth: 2, queryAwareness: 3, workshop: 8 } as const;

/** Links to a board by role: owners see all three, editors the editor and viewer links. */
export type BoardLinks = Partial<Record<Role, string>>;

/** What `POST /api/boards` answers. */
export interface CreatedBoard {
  id: string;
  name: string;
  tokens: Record<Role, string>;
  links: Record<Role, string>;
}

/** What `POST /api/boards/:id/links/:role/rotate` answers (owners only). */
export interface RotatedLink {
  role: Role;
  /** The role's new token; the old one no longer works. */
  token: string;
  link: string;
  /** Every link the owner sees, the new one included. */
  links: BoardLinks;
}

/** What `POST /api/boards/:id/ticket` answers: a one-use pass for `GET /ws/:id?ticket=`. */
export interface SocketTicket {
  ticket: string;
  expiresInMs: number;
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

/** Why the server took a version (History API). */
export const VERSION_REASONS = ['auto', 'named', 'left', 'before-restore'] as const;
export type VersionReason = (typeof VERSION_REASONS)[number];

/** Someone connected to the board between the previous version and this one. */
export interface VersionPerson {
  /** The display name from their presence. */
  name: string;
  /** The role of the link they came in with, as the server knows it. */
  role: Role;
}

/** One stored version of a board, without its content. */
export interface VersionInfo {
  id: number;
  /** ISO 8601. */
  createdAt: string;
  name: string | null;
  reason: VersionReason;
  /** Who was connected since the previous version. */
  people: VersionPerson[];
}

/** What `GET /api/boards/:id/versions` answers: newest first. */
export interface VersionList {
  versions: VersionInfo[];
}

/** What `POST /api/boards/:id/versions` (201) and `PATCH /api/boards/:id/versions/:vid` answer. */
export interface VersionAnswer {
  version: VersionInfo;
}

/** What `POST /api/boards/:id/versions/:vid/restore` answers (owners only). */
export interface RestoredVersion {
  /** The version whose content the board now holds. */
  restored: VersionInfo;
  /** The version taken just before restoring; restoring it undoes the restore. */
  undo: VersionInfo;
}

/** The longest version name the server accepts. */
export const MAX_VERSION_NAME = 120;
