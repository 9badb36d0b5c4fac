import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { AppendBatchEntry, BoardRecord, SnapshotInfo, StoredContent, SyncStore } from './store.js';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS boards (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  key TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS updates (
  board_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  data BLOB NOT NULL,
  PRIMARY KEY (board_id, seq)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS snapshots (
  board_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  data BLOB NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (board_id, seq)
) WITHOUT ROWID;
`;

/** How many old snapshots a board keeps as version history. */
const SNAPSHOTS_KEPT = 50;

export interface SqliteOptions {
  dataDir: string;
  /** `full` fsyncs every commit (survives power loss); `normal` survives a process crash. */
  synchronous?: 'full' | 'normal';
  /**
   * False leaves WAL checkpoints to whoever calls `checkpoint()`: a commit that crosses
   * SQLite's threshold would otherwise copy the whole WAL (after a big snapshot, many MB)
   * into the database file before it returns.
   */
  autoCheckpoint?: boolean;
}

/** The embedded default store: one SQLite file in WAL mode. */
export function openSqliteStore(opts: SqliteOptions): SyncStore {
  mkdirSync(opts.dataDir, { recursive: true });
  const db = new Database(join(opts.dataDir, 'planroom.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${opts.synchronous === 'normal' ? 'NORMAL' : 'FULL'}`);
  db.pragma('busy_timeout = 5000');
  if (opts.autoCheckpoint === false) db.pragma('wal_autocheckpoint = 0');
  db.exec(SCHEMA);

  const q = {
    insertBoard: db.prepare('INSERT INTO boards (id, name, key, created_at, updated_at) VALUES (?, ?, ?, ?, ?)'),
    getBoard: db.prepare<[string], { id: string; name: string; key: string; created_at: string; updated_at: string }>(
      'SELECT id, name, key, created_at, updated_at FROM boards WHERE id = ?',
    ),
    touch: db.prepare('UPDATE boards SET updated_at = ? WHERE id = ?'),
    lastSnapshot: db.prepare<[string], { seq: number; data: Buffer }>(
      'SELECT seq, data FROM snapshots WHERE board_id = ? ORDER BY seq DESC LIMIT 1',
    ),
    updatesAfter: db.prepare<[string, number], { seq: number; data: Buffer }>(
      'SELECT seq, data FROM updates WHERE board_id = ? AND seq > ? ORDER BY seq',
    ),
    maxSeq: db.prepare<[string, string], { seq: number | null }>(
      'SELECT MAX(seq) AS seq FROM (SELECT seq FROM updates WHERE board_id = ? UNION ALL SELECT seq FROM snapshots WHERE board_id = ?)',
    ),
    append: db.prepare('INSERT INTO updates (board_id, seq, data) VALUES (?, ?, ?)'),
    insertSnapshot: db.prepare(
      'INSERT OR REPLACE INTO snapshots (board_id, seq, data, created_at) VALUES (?, ?, ?, ?)',
    ),
    dropUpdates: db.prepare('DELETE FROM updates WHERE board_id = ? AND seq <= ?'),
    pruneSnapshots: db.prepare(
      'DELETE FROM snapshots WHERE board_id = ? AND seq NOT IN (SELECT seq FROM snapshots WHERE board_id = ? ORDER BY seq DESC LIMIT ?)',
    ),
    listSnapshots: db.prepare<[string], { seq: number; created_at: string; bytes: number }>(
      'SELECT seq, created_at, length(data) AS bytes FROM snapshots WHERE board_id = ? ORDER BY seq DESC',
    ),
    countUpdates: db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM updates WHERE board_id = ?'),
    boardCount: db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM boards'),
  };

  /** Next sequence number per board, cached after the first look-up. */
  const nextSeq = new Map<string, number>();
  const seqFor = (id: string): number => {
    let next = nextSeq.get(id);
    if (next === undefined) next = (q.maxSeq.get(id, id)?.seq ?? 0) + 1;
    nextSeq.set(id, next + 1);
    return next;
  };

  const appendTx = db.transaction((entries: readonly AppendBatchEntry[]) => {
    const now = new Date().toISOString();
    const touched = new Set<string>();
    const seqs = entries.map((e) => {
      const seq = seqFor(e.boardId);
      q.append.run(e.boardId, seq, e.update);
      touched.add(e.boardId);
      return seq;
    });
    for (const id of touched) q.touch.run(now, id);
    return seqs;
  });

  const compactTx = db.transaction((id: string, snapshot: Uint8Array, uptoSeq: number) => {
    q.insertSnapshot.run(id, uptoSeq, snapshot, new Date().toISOString());
    q.dropUpdates.run(id, uptoSeq);
    q.pruneSnapshots.run(id, id, SNAPSHOTS_KEPT);
  });

  return {
    createBoard(board: BoardRecord, initial: Uint8Array) {
      db.transaction(() => {
        q.insertBoard.run(board.id, board.name, board.key, board.createdAt, board.updatedAt);
        q.insertSnapshot.run(board.id, 0, initial, board.createdAt);
      })();
      nextSeq.set(board.id, 1);
    },
    getBoard(id) {
      const row = q.getBoard.get(id);
      return row
        ? { id: row.id, name: row.name, key: row.key, createdAt: row.created_at, updatedAt: row.updated_at }
        : null;
    },
    load(id): StoredContent {
      const snap = q.lastSnapshot.get(id);
      const rows = q.updatesAfter.all(id, snap?.seq ?? 0);
      return {
        snapshot: snap ? new Uint8Array(snap.data) : null,
        updates: rows.map((r) => new Uint8Array(r.data)),
        lastSeq: rows.at(-1)?.seq ?? snap?.seq ?? 0,
      };
    },
    appendBatch(entries) {
      if (!entries.length) return [];
      try {
        return appendTx(entries);
      } catch (err) {
        nextSeq.clear(); // a failed commit may have consumed numbers; re-read them
        throw err;
      }
    },
    compact(id, snapshot, uptoSeq) {
      compactTx(id, snapshot, uptoSeq);
    },
    listSnapshots(id): SnapshotInfo[] {
      return q.listSnapshots.all(id).map((r) => ({ seq: r.seq, createdAt: r.created_at, bytes: r.bytes }));
    },
    countUpdates(id) {
      return q.countUpdates.get(id)?.n ?? 0;
    },
    boardCount() {
      return q.boardCount.get()?.n ?? 0;
    },
    checkpoint() {
      db.pragma('wal_checkpoint(PASSIVE)');
    },
    close() {
      db.close();
    },
  };
}
