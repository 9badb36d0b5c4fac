import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROLES, type Role } from '@planroom/shared';
import Database from 'better-sqlite3';
import { migrateStore } from './migrations.js';
import { type BoardRow, boardFromRow } from './rows.js';
import { versionQueries } from './sqlite-versions.js';
import type { AppendBatchEntry, BoardRecord, SnapshotInfo, StoredContent, SyncStore } from './store.js';

/**
 * How many compacted snapshots a board keeps. History lives in the versions table; the
 * newest snapshot is the replay base, the few before it are there should it be damaged.
 */
const SNAPSHOTS_KEPT = 5;

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
  try {
    migrateStore(db);
  } catch (err) {
    db.close();
    throw err;
  }

  const q = {
    insertBoard: db.prepare(
      'INSERT INTO boards (id, name, owner_key, editor_key, viewer_key, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    getBoard: db.prepare<[string], BoardRow>('SELECT * FROM boards WHERE id = ?'),
    listBoards: db.prepare<[], Omit<BoardRow, `${Role}_key`>>(
      'SELECT id, name, created_at, updated_at FROM boards ORDER BY updated_at DESC, id',
    ),
    // one statement per role: a column name cannot be a bound parameter
    setKey: Object.fromEntries(
      ROLES.map((r) => [r, db.prepare<[string, string]>(`UPDATE boards SET ${r}_key = ? WHERE id = ?`)]),
    ) as Record<Role, Database.Statement<[string, string]>>,
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
    ...versionQueries(db),
    createBoard(board: BoardRecord, initial: Uint8Array) {
      db.transaction(() => {
        const { owner, editor, viewer } = board.keys;
        q.insertBoard.run(board.id, board.name, owner, editor, viewer, board.createdAt, board.updatedAt);
        q.insertSnapshot.run(board.id, 0, initial, board.createdAt);
      })();
      nextSeq.set(board.id, 1);
    },
    getBoard(id) {
      const row = q.getBoard.get(id);
      return row ? boardFromRow(row) : null;
    },
    listBoards() {
      return q.listBoards
        .all()
        .map((r) => ({ id: r.id, name: r.name, createdAt: r.created_at, updatedAt: r.updated_at }));
    },
    setRoleKey(id, role, key) {
      return q.setKey[role].run(key, id).changes === 1;
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
