import type Database from 'better-sqlite3';
import { VERSION_INFO_COLUMNS as INFO_COLUMNS, type VersionRow, versionFromRow } from './rows.js';
import type { NewVersion, SyncStore } from './store.js';

type VersionMethods = Pick<
  SyncStore,
  | 'listVersions'
  | 'getVersion'
  | 'latestVersion'
  | 'versionContent'
  | 'renameVersion'
  | 'addVersion'
  | 'storedVersionJson'
  | 'setVersionJson'
>;

const bytes = (b: Buffer) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);

/** The versions table: rows without their content for lists, the content alone for one version. */
export function versionQueries(db: Database.Database): VersionMethods {
  const q = {
    list: db.prepare<[string], VersionRow>(`SELECT ${INFO_COLUMNS} FROM versions WHERE board_id = ? ORDER BY id DESC`),
    get: db.prepare<[string, number], VersionRow>(`SELECT ${INFO_COLUMNS} FROM versions WHERE board_id = ? AND id = ?`),
    latest: db.prepare<[string], VersionRow>(
      `SELECT ${INFO_COLUMNS} FROM versions WHERE board_id = ? ORDER BY id DESC LIMIT 1`,
    ),
    content: db.prepare<[string, number], { data: Buffer }>('SELECT data FROM versions WHERE board_id = ? AND id = ?'),
    json: db.prepare<[string, number], { json_gz: Buffer | null }>(
      'SELECT json_gz FROM versions WHERE board_id = ? AND id = ?',
    ),
    setJson: db.prepare<[Uint8Array, string, number]>('UPDATE versions SET json_gz = ? WHERE board_id = ? AND id = ?'),
    rename: db.prepare<[string, string, number]>('UPDATE versions SET name = ? WHERE board_id = ? AND id = ?'),
    insert: db.prepare(
      'INSERT INTO versions (board_id, seq, created_at, name, reason, people, data) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
  };
  const getVersion = (id: string, versionId: number) => {
    const row = q.get.get(id, versionId);
    return row ? versionFromRow(row) : null;
  };
  return {
    listVersions: (id) => q.list.all(id).map(versionFromRow),
    getVersion,
    latestVersion(id) {
      const row = q.latest.get(id);
      return row ? { info: versionFromRow(row), seq: Number(row.seq) } : null;
    },
    versionContent(id, versionId) {
      const row = q.content.get(id, versionId);
      return row ? bytes(row.data) : null;
    },
    storedVersionJson(id, versionId) {
      const gz = q.json.get(id, versionId)?.json_gz;
      return gz ? bytes(gz) : null;
    },
    setVersionJson(id, versionId, gz) {
      return q.setJson.run(gz, id, versionId).changes === 1;
    },
    renameVersion(id, versionId, name) {
      return q.rename.run(name, id, versionId).changes === 1 ? getVersion(id, versionId) : null;
    },
    addVersion(v: NewVersion) {
      const people = JSON.stringify(v.people);
      const { lastInsertRowid } = q.insert.run(v.boardId, v.seq, v.createdAt, v.name, v.reason, people, v.data);
      return { id: Number(lastInsertRowid), createdAt: v.createdAt, name: v.name, reason: v.reason, people: v.people };
    },
  };
}
