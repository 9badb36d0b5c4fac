import type Database from 'better-sqlite3';
import * as Y from 'yjs';

/**
 * The tables as the first release wrote them. A new data dir starts here and runs every
 * migration below, so old and new data dirs take the same path.
 */
export const BASE_SCHEMA = `
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

/**
 * One row per version: its content as one Yjs update (V2 encoding) of the whole board,
 * and `seq`, the last stored update it covers (equal seqs: the board did not change).
 */
const VERSIONS_TABLE = `
CREATE TABLE versions (
  id INTEGER PRIMARY KEY,
  board_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  name TEXT,
  reason TEXT NOT NULL,
  people TEXT NOT NULL,
  data BLOB NOT NULL
);
CREATE INDEX versions_by_board ON versions (board_id, id);
`;

export interface StoreMigration {
  name: string;
  up(db: Database.Database): void;
}

/** Append-only; `PRAGMA user_version` counts how many have run. */
export const STORE_MIGRATIONS: readonly StoreMigration[] = [
  {
    // One key per role, so one link can be reset without the others. Every role starts
    // with the old per-board key: tokens are HMAC(boardId:role:key), so every link handed
    // out before the migration keeps working.
    name: 'role-keys',
    up(db) {
      db.exec(`
        CREATE TABLE boards_next (
          id TEXT PRIMARY KEY,
          name TEXT NOT NULL,
          owner_key TEXT NOT NULL,
          editor_key TEXT NOT NULL,
          viewer_key TEXT NOT NULL,
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL
        );
        INSERT INTO boards_next (id, name, owner_key, editor_key, viewer_key, created_at, updated_at)
          SELECT id, name, key, key, key, created_at, updated_at FROM boards;
        DROP TABLE boards;
        ALTER TABLE boards_next RENAME TO boards;
      `);
    },
  },
  {
    // Named versions and automatic ones (issue 13). The compacted snapshots kept so far as
    // "history" nobody could reach become the first versions, so no past state is lost;
    // from now on snapshots are compaction's replay base only.
    name: 'versions',
    up(db) {
      db.exec(VERSIONS_TABLE);
      const insert = db.prepare(
        "INSERT INTO versions (board_id, seq, created_at, name, reason, people, data) VALUES (?, ?, ?, NULL, 'auto', '[]', ?)",
      );
      const rows = db
        .prepare<[], { board_id: string; seq: number; created_at: string; data: Buffer }>(
          'SELECT board_id, seq, created_at, data FROM snapshots ORDER BY board_id, seq',
        )
        .all();
      for (const r of rows) insert.run(r.board_id, r.seq, r.created_at, Y.convertUpdateFormatV1ToV2(r.data));
    },
  },
  {
    // A version's Board JSON, gzipped, beside its Yjs content: decoding a 5,000-item
    // board costs about a second of CPU, reading and gunzipping its JSON a few ms. The
    // store fills it after the version is written; rows from before stay NULL until they
    // are first opened (the JSON is derived, so nothing is lost without it).
    name: 'version-json',
    up(db) {
      db.exec('ALTER TABLE versions ADD COLUMN json_gz BLOB');
    },
  },
];

export class StoreTooNewError extends Error {}

/**
 * Brings a database up to the latest schema, each migration in its own transaction with
 * the version bump. Returns the names of those that ran. A database written by a newer
 * Planroom is refused rather than guessed at.
 */
export function migrateStore(db: Database.Database): string[] {
  db.exec(BASE_SCHEMA);
  const version = () => db.pragma('user_version', { simple: true }) as number;
  if (version() > STORE_MIGRATIONS.length) {
    throw new StoreTooNewError(
      `the data dir was written by a newer Planroom (store version ${version()}, this one knows ${STORE_MIGRATIONS.length})`,
    );
  }
  const ran: string[] = [];
  STORE_MIGRATIONS.forEach((migration, i) => {
    // immediate: a second process opening the same file waits, then sees it done
    db.transaction(() => {
      if (version() !== i) return;
      migration.up(db);
      db.pragma(`user_version = ${i + 1}`);
      ran.push(migration.name);
    }).immediate();
  });
  return ran;
}
