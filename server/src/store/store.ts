import type { Role, VersionInfo } from '@planroom/shared';
import * as Y from 'yjs';

/** A board's row: everything but its content. */
export interface BoardRecord {
  id: string;
  /** The name the board was created with (the document holds the current one). */
  name: string;
  /** One key per role mixed into that role's token; replacing one revokes that link only. */
  keys: Readonly<Record<Role, string>>;
  createdAt: string;
  updatedAt: string;
}

export type BoardSummary = Omit<BoardRecord, 'keys'>;

export interface StoredContent {
  /** The newest compacted snapshot (`Y.encodeStateAsUpdate`), if any. */
  snapshot: Uint8Array | null;
  /** Updates appended after that snapshot, oldest first. */
  updates: Uint8Array[];
  /** Sequence number of the last update included above. */
  lastSeq: number;
}

export interface SnapshotInfo {
  seq: number;
  createdAt: string;
  bytes: number;
}

export interface AppendBatchEntry {
  boardId: string;
  update: Uint8Array;
}

/** A version to store: what VersionInfo says, plus its content and the last update it covers. */
export interface NewVersion extends Omit<VersionInfo, 'id'> {
  boardId: string;
  seq: number;
  /** The whole board as one Yjs update, V2 encoding (`Y.encodeStateAsUpdateV2`). */
  data: Uint8Array;
}

/** Reads and board records, as the store's own thread answers them: at once. */
interface SyncReads {
  createBoard(board: BoardRecord, initial: Uint8Array): void;
  getBoard(id: string): BoardRecord | null;
  /** Every board, most recently changed first. */
  listBoards(): BoardSummary[];
  /** Replaces one role's key (link rotation); false when there is no such board. */
  setRoleKey(id: string, role: Role, key: string): boolean;
  load(id: string): StoredContent;
  listSnapshots(id: string): SnapshotInfo[];
  countUpdates(id: string): number;
  boardCount(): number;
  /** A board's versions, newest first, without their content. */
  listVersions(id: string): VersionInfo[];
  getVersion(id: string, versionId: number): VersionInfo | null;
  /** The newest version and the last update it covers, or null when the board has none. */
  latestVersion(id: string): { info: VersionInfo; seq: number } | null;
  /** A version's content (V2 update), or null when the board has no such version. */
  versionContent(id: string, versionId: number): Uint8Array | null;
  /** Renames a version; null when the board has no such version. */
  renameVersion(id: string, versionId: number, name: string): VersionInfo | null;
}

/** The same reads as the server makes them: answered later (SQLite on this thread answers at once; PostgreSQL after a round trip). */
export type StoreReads = {
  [K in keyof SyncReads]: (...args: Parameters<SyncReads[K]>) => Promise<ReturnType<SyncReads[K]>>;
};

/**
 * Where boards live, as the server uses it. The embedded default is SQLite, written by a
 * worker thread so an fsync or a compaction never stalls the event loop; a scale-out
 * store (PostgreSQL for storage, Redis for fan-out) implements the same interface.
 */
export interface Store extends StoreReads {
  /** Appends updates for any boards in one durable commit; resolves with their sequence numbers. */
  appendBatch(entries: readonly AppendBatchEntry[]): Promise<number[]>;
  /**
   * Rebuilds a board's snapshot from everything stored for it, writes it, then drops the
   * updates it covers. The snapshot is written before anything it replaces is deleted.
   */
  compact(id: string): Promise<void>;
  /** Stores a version after every append handed over before it; resolves with its record. */
  addVersion(version: NewVersion): Promise<VersionInfo>;
  /** A version's Board JSON as text (read or decoded off the event loop); null when there is no such version. */
  versionJson(id: string, versionId: number): Promise<string | null>;
  /** The same JSON gzipped, as stored (to send with `Content-Encoding: gzip`); null when there is no such version. */
  versionJsonGzip(id: string, versionId: number): Promise<Uint8Array | null>;
  /** Finishes every write handed to it, then closes. */
  close(): Promise<void>;
}

/** The same store, every call synchronous on the caller's thread (the worker's own view). */
export interface SyncStore extends SyncReads {
  appendBatch(entries: readonly AppendBatchEntry[]): number[];
  /** Writes `snapshot` as covering every update up to `uptoSeq`, then drops those updates. */
  compact(id: string, snapshot: Uint8Array, uptoSeq: number): void;
  addVersion(version: NewVersion): VersionInfo;
  /** A version's gzipped Board JSON, or null when it has not been written yet (or there is no such version). */
  storedVersionJson(id: string, versionId: number): Uint8Array | null;
  /** Stores a version's gzipped Board JSON; false when there is no such version. */
  setVersionJson(id: string, versionId: number, gz: Uint8Array): boolean;
  /** Copies what the WAL holds into the database file, waiting for no one (PASSIVE). */
  checkpoint(): void;
  close(): void;
}

/** Compacts from what is stored: the snapshot and every update after it, replayed. */
export function compactStored(store: SyncStore, id: string): void {
  const stored = store.load(id);
  if (!stored.updates.length) return;
  const doc = new Y.Doc();
  try {
    replay(doc, stored);
    store.compact(id, Y.encodeStateAsUpdate(doc), stored.lastSeq);
  } finally {
    doc.destroy();
  }
}

/**
 * Applies stored content to a document, skipping (and counting) any part that does not
 * decode, so one damaged row cannot keep a board from opening.
 */
export function replay(doc: Y.Doc, stored: StoredContent, origin?: unknown): number {
  let skipped = 0;
  for (const part of stored.snapshot ? [stored.snapshot, ...stored.updates] : stored.updates) {
    try {
      Y.applyUpdate(doc, part, origin);
    } catch {
      skipped++;
    }
  }
  return skipped;
}
