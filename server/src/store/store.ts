import type { Role } from '@planroom/shared';
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

/**
 * Where boards live. The embedded default is SQLite; a scale-out store (PostgreSQL for
 * storage, Redis for fan-out) implements the same interface.
 */
export interface Store {
  createBoard(board: BoardRecord, initial: Uint8Array): void;
  getBoard(id: string): BoardRecord | null;
  /** Every board, most recently changed first. */
  listBoards(): BoardSummary[];
  /** Replaces one role's key (link rotation); false when there is no such board. */
  setRoleKey(id: string, role: Role, key: string): boolean;
  load(id: string): StoredContent;
  /** Appends updates for any boards in one durable commit; returns their sequence numbers. */
  appendBatch(entries: readonly AppendBatchEntry[]): number[];
  /**
   * Writes a snapshot covering every update up to `uptoSeq`, then drops those updates.
   * The snapshot is written before anything it replaces is deleted.
   */
  compact(id: string, snapshot: Uint8Array, uptoSeq: number): void;
  listSnapshots(id: string): SnapshotInfo[];
  countUpdates(id: string): number;
  boardCount(): number;
  close(): void;
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
