import type { MessagePort } from 'node:worker_threads';
import type { SqliteOptions } from './sqlite.js';
import type { AppendBatchEntry, NewVersion } from './store.js';

/** What the main thread hands the store worker when it starts. */
export interface WorkerData {
  opts: SqliteOptions;
  /** This thread checkpoints the WAL (after each compaction and every second). */
  checkpoints: boolean;
  port: MessagePort;
}

export type WorkerRequest = { id: number } & (
  | { cmd: 'append'; entries: AppendBatchEntry[] }
  | { cmd: 'compact'; boardId: string }
  | { cmd: 'version'; version: NewVersion }
  | { cmd: 'version-json'; boardId: string; versionId: number; gzip: boolean }
  | { cmd: 'version-fill'; boardId: string; versionId: number }
  | { cmd: 'ping' }
  | { cmd: 'close' }
);

export type WorkerReply = { id: number } & ({ ok: true; value: unknown } | { ok: false; error: string });
