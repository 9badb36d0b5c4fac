import type Database from 'better-sqlite3';

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
