import { gunzipSync, gzipSync } from 'node:zlib';
import { ROLES, type Role } from '@planroom/shared';
import pg from 'pg';
import * as Y from 'yjs';
import type { Logger } from '../log.js';
import { type BoardRow, boardFromRow, VERSION_INFO_COLUMNS, type VersionRow, versionFromRow } from './rows.js';
import { replay, type Store, type StoredContent } from './store.js';
import { versionContentJson } from './version-json.js';

/**
 * The scale-out store: the same tables as SQLite, in PostgreSQL. Every process of a
 * cluster writes here; a board's sequence numbers come from its row (`boards.last_seq`,
 * taken under the row lock in the commit), so two processes appending to one board get
 * numbers in commit order and never the same one.
 */

export interface PostgresOptions {
  /** `postgres://user@host:port/db` (PLANROOM_DATABASE_URL). */
  url: string;
  /** A schema to keep the tables in (made if missing); default: the connection's search_path. */
  schema?: string;
  log: Logger;
  /** Connections for reads (default 6; writes have 3 of their own). */
  poolSize?: number;
}

/** How many compacted snapshots a board keeps (as in SQLite). */
const SNAPSHOTS_KEPT = 5;

/** Append-only; `planroom_schema.version` counts how many have run. */
const MIGRATIONS: readonly { name: string; sql: string }[] = [
  {
    name: 'base',
    sql: `
      CREATE TABLE boards (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        owner_key TEXT NOT NULL,
        editor_key TEXT NOT NULL,
        viewer_key TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        last_seq BIGINT NOT NULL DEFAULT 0
      );
      CREATE TABLE updates (
        board_id TEXT NOT NULL,
        seq BIGINT NOT NULL,
        data BYTEA NOT NULL,
        PRIMARY KEY (board_id, seq)
      );
      CREATE TABLE snapshots (
        board_id TEXT NOT NULL,
        seq BIGINT NOT NULL,
        data BYTEA NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (board_id, seq)
      );
      CREATE TABLE versions (
        id BIGSERIAL PRIMARY KEY,
        board_id TEXT NOT NULL,
        seq BIGINT NOT NULL,
        created_at TEXT NOT NULL,
        name TEXT,
        reason TEXT NOT NULL,
        people TEXT NOT NULL,
        data BYTEA NOT NULL,
        json_gz BYTEA
      );
      CREATE INDEX versions_by_board ON versions (board_id, id);
    `,
  },
];

const bytes = (b: Buffer) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
const buf = (u: Uint8Array) => Buffer.from(u.buffer, u.byteOffset, u.byteLength);

/** What a process asks PostgreSQL when it may have missed updates (see Fanout). */
export interface CatchUp {
  /** Everything stored after `afterSeq`: the snapshot too when compaction covered some of it. */
  since(boardId: string, afterSeq: number): Promise<StoredContent>;
  /** The boards' last stored sequence numbers (boards not in the store are left out). */
  lastSeqs(boardIds: readonly string[]): Promise<Map<string, number>>;
}

export type PostgresStore = Store & CatchUp;

/** Brings the schema up to date, one migration at a time, under an advisory lock. */
async function migrate(pool: pg.Pool, schema: string | undefined): Promise<string[]> {
  const client = await pool.connect();
  const onError = () => undefined; // the query under way fails, and says why
  client.on('error', onError);
  try {
    await client.query('BEGIN');
    // one process migrates; the others wait here, then find it done
    await client.query("SELECT pg_advisory_xact_lock(hashtext('planroom-migrations'))");
    if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${pg.escapeIdentifier(schema)}`);
    await client.query('CREATE TABLE IF NOT EXISTS planroom_schema (version INTEGER NOT NULL)');
    const row = (await client.query<{ version: number }>('SELECT version FROM planroom_schema')).rows[0];
    if (!row) await client.query('INSERT INTO planroom_schema (version) VALUES (0)');
    const version = row?.version ?? 0;
    if (version > MIGRATIONS.length) {
      throw new Error(
        `the database was written by a newer Planroom (store version ${version}, this one knows ${MIGRATIONS.length})`,
      );
    }
    const ran: string[] = [];
    for (const m of MIGRATIONS.slice(version)) {
      await client.query(m.sql);
      ran.push(m.name);
    }
    await client.query('UPDATE planroom_schema SET version = $1', [MIGRATIONS.length]);
    await client.query('COMMIT');
    return ran;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.off('error', onError);
    client.release();
  }
}

export async function openPostgresStore(opts: PostgresOptions): Promise<PostgresStore> {
  const poolOf = (max: number) => {
    const p = new pg.Pool({
      connectionString: opts.url,
      max,
      connectionTimeoutMillis: 3000,
      // a database that stops answering (not only one that drops the connection) fails the
      // commit after this long, and the rooms waiting on it are told
      query_timeout: 10_000,
      ...(opts.schema ? { options: `-c search_path=${opts.schema}` } : {}),
    });
    // an idle connection that breaks is dropped from the pool; the next query opens another
    p.on('error', (err) => opts.log.warn(`postgres: idle connection lost: ${err.message}`));
    return p;
  };
  // Writes (the commit queue sends one batch at a time, plus compactions and creates)
  // have connections of their own, so reads and catch-ups never make a commit wait.
  const writes = poolOf(3);
  const pool = poolOf(opts.poolSize ?? 6);
  const ran = await migrate(writes, opts.schema).catch(async (err: Error) => {
    await Promise.all([pool.end(), writes.end()]);
    throw err;
  });
  if (ran.length) opts.log.info(`postgres: migrated (${ran.join(', ')})`);

  const q = async <R extends pg.QueryResultRow>(sql: string, params: unknown[] = []) =>
    (await pool.query<R>(sql, params)).rows;

  async function tx<T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await writes.connect();
    // a connection that breaks between two statements fails the next one; without a
    // listener its 'error' event would end the process
    let broken: Error | undefined;
    const onError = (err: Error) => {
      broken = err;
    };
    client.on('error', onError);
    try {
      await client.query('BEGIN');
      const value = await fn(client);
      await client.query('COMMIT');
      return value;
    } catch (err) {
      broken ??= err as Error;
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.off('error', onError);
      // a connection whose transaction failed is closed rather than handed out again
      client.release(broken);
    }
  }

  async function since(id: string, afterSeq: number): Promise<StoredContent> {
    const snap = (
      await q<{ seq: string; data: Buffer }>(
        'SELECT seq, data FROM snapshots WHERE board_id = $1 ORDER BY seq DESC LIMIT 1',
        [id],
      )
    )[0];
    const snapSeq = snap ? Number(snap.seq) : 0;
    // the snapshot is needed only when it covers updates after `afterSeq` that are gone
    const useSnap = snap && snapSeq > afterSeq;
    const from = useSnap ? snapSeq : afterSeq;
    const rows = await q<{ seq: string; data: Buffer }>(
      'SELECT seq, data FROM updates WHERE board_id = $1 AND seq > $2 ORDER BY seq',
      [id, from],
    );
    return {
      snapshot: useSnap ? bytes(snap.data) : null,
      updates: rows.map((r) => bytes(r.data)),
      lastSeq: rows.length ? Number(rows.at(-1)?.seq) : Math.max(from, afterSeq),
    };
  }

  async function versionJsonGz(id: string, versionId: number): Promise<{ gz: Uint8Array; text?: string } | null> {
    const row = (
      await q<{ json_gz: Buffer | null; data: Buffer }>(
        'SELECT json_gz, CASE WHEN json_gz IS NULL THEN data END AS data FROM versions WHERE board_id = $1 AND id = $2',
        [id, versionId],
      )
    )[0];
    if (!row) return null;
    if (row.json_gz) return { gz: bytes(row.json_gz) };
    // decoded here, on the event loop: once per version, then read as stored
    const text = versionContentJson(bytes(row.data));
    const gz = gzipSync(text);
    await q('UPDATE versions SET json_gz = $1 WHERE board_id = $2 AND id = $3', [gz, id, versionId]);
    return { gz: bytes(gz), text };
  }

  return {
    async createBoard(board, initial) {
      await tx(async (c) => {
        const { owner, editor, viewer } = board.keys;
        await c.query(
          'INSERT INTO boards (id, name, owner_key, editor_key, viewer_key, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7)',
          [board.id, board.name, owner, editor, viewer, board.createdAt, board.updatedAt],
        );
        await c.query('INSERT INTO snapshots (board_id, seq, data, created_at) VALUES ($1, 0, $2, $3)', [
          board.id,
          buf(initial),
          board.createdAt,
        ]);
      });
    },
    async getBoard(id) {
      const row = (
        await q<BoardRow>(
          'SELECT id, name, owner_key, editor_key, viewer_key, created_at, updated_at FROM boards WHERE id = $1',
          [id],
        )
      )[0];
      return row ? boardFromRow(row) : null;
    },
    async listBoards() {
      const rows = await q<{ id: string; name: string; created_at: string; updated_at: string }>(
        'SELECT id, name, created_at, updated_at FROM boards ORDER BY updated_at DESC, id',
      );
      return rows.map((r) => ({ id: r.id, name: r.name, createdAt: r.created_at, updatedAt: r.updated_at }));
    },
    async setRoleKey(id, role: Role, key) {
      if (!ROLES.includes(role)) return false;
      const res = await pool.query(`UPDATE boards SET ${role}_key = $1 WHERE id = $2`, [key, id]);
      return res.rowCount === 1;
    },
    load: (id) => since(id, -1),
    async listSnapshots(id) {
      const rows = await q<{ seq: string; created_at: string; bytes: number }>(
        'SELECT seq, created_at, octet_length(data) AS bytes FROM snapshots WHERE board_id = $1 ORDER BY seq DESC',
        [id],
      );
      return rows.map((r) => ({ seq: Number(r.seq), createdAt: r.created_at, bytes: r.bytes }));
    },
    async countUpdates(id) {
      return Number((await q<{ n: string }>('SELECT COUNT(*) AS n FROM updates WHERE board_id = $1', [id]))[0]?.n ?? 0);
    },
    async boardCount() {
      return Number((await q<{ n: string }>('SELECT COUNT(*) AS n FROM boards'))[0]?.n ?? 0);
    },
    async listVersions(id) {
      return (
        await q<VersionRow>(`SELECT ${VERSION_INFO_COLUMNS} FROM versions WHERE board_id = $1 ORDER BY id DESC`, [id])
      ).map(versionFromRow);
    },
    async getVersion(id, versionId) {
      const row = (
        await q<VersionRow>(`SELECT ${VERSION_INFO_COLUMNS} FROM versions WHERE board_id = $1 AND id = $2`, [
          id,
          versionId,
        ])
      )[0];
      return row ? versionFromRow(row) : null;
    },
    async latestVersion(id) {
      const row = (
        await q<VersionRow>(
          `SELECT ${VERSION_INFO_COLUMNS} FROM versions WHERE board_id = $1 ORDER BY id DESC LIMIT 1`,
          [id],
        )
      )[0];
      return row ? { info: versionFromRow(row), seq: Number(row.seq) } : null;
    },
    async versionContent(id, versionId) {
      const row = (
        await q<{ data: Buffer }>('SELECT data FROM versions WHERE board_id = $1 AND id = $2', [id, versionId])
      )[0];
      return row ? bytes(row.data) : null;
    },
    async renameVersion(id, versionId, name) {
      const row = (
        await q<VersionRow>(
          `UPDATE versions SET name = $1 WHERE board_id = $2 AND id = $3 RETURNING ${VERSION_INFO_COLUMNS}`,
          [name, id, versionId],
        )
      )[0];
      return row ? versionFromRow(row) : null;
    },
    async appendBatch(entries) {
      if (!entries.length) return [];
      const counts = new Map<string, number>();
      for (const e of entries) counts.set(e.boardId, (counts.get(e.boardId) ?? 0) + 1);
      return tx(async (c) => {
        const ids = [...counts.keys()].sort();
        // rows locked in id order, so two processes committing to the same boards cannot
        // deadlock; then every board's numbers taken in one statement (not one per board)
        await c.query('SELECT id FROM boards WHERE id = ANY($1) ORDER BY id FOR UPDATE', [ids]);
        const res = await c.query<{ id: string; last_seq: string }>(
          `UPDATE boards AS b SET last_seq = b.last_seq + v.n, updated_at = $1
           FROM unnest($2::text[], $3::bigint[]) AS v(id, n) WHERE b.id = v.id RETURNING b.id, b.last_seq`,
          [new Date().toISOString(), ids, ids.map((id) => counts.get(id) ?? 0)],
        );
        const next = new Map<string, number>();
        for (const row of res.rows) next.set(row.id, Number(row.last_seq) - (counts.get(row.id) ?? 0) + 1);
        const gone = ids.find((id) => !next.has(id));
        if (gone) throw new Error(`board ${gone} is not in the store`);
        const seqs = entries.map((e) => {
          const seq = next.get(e.boardId) ?? 0;
          next.set(e.boardId, seq + 1);
          return seq;
        });
        await c.query(
          'INSERT INTO updates (board_id, seq, data) SELECT * FROM unnest($1::text[], $2::bigint[], $3::bytea[])',
          [entries.map((e) => e.boardId), seqs, entries.map((e) => buf(e.update))],
        );
        return seqs;
      });
    },
    async compact(id) {
      const stored = await since(id, -1);
      if (!stored.updates.length) return;
      const doc = new Y.Doc();
      let snapshot: Uint8Array;
      try {
        replay(doc, stored);
        snapshot = Y.encodeStateAsUpdate(doc);
      } finally {
        doc.destroy();
      }
      await tx(async (c) => {
        // another process may have compacted up to the same point: its snapshot is as good
        await c.query(
          'INSERT INTO snapshots (board_id, seq, data, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING',
          [id, stored.lastSeq, buf(snapshot), new Date().toISOString()],
        );
        await c.query('DELETE FROM updates WHERE board_id = $1 AND seq <= $2', [id, stored.lastSeq]);
        await c.query(
          'DELETE FROM snapshots WHERE board_id = $1 AND seq NOT IN (SELECT seq FROM snapshots WHERE board_id = $1 ORDER BY seq DESC LIMIT $2)',
          [id, SNAPSHOTS_KEPT],
        );
      });
    },
    async addVersion(v) {
      const rows = await q<{ id: string }>(
        'INSERT INTO versions (board_id, seq, created_at, name, reason, people, data) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id',
        [v.boardId, v.seq, v.createdAt, v.name, v.reason, JSON.stringify(v.people), buf(v.data)],
      );
      const info = {
        id: Number(rows[0]?.id),
        createdAt: v.createdAt,
        name: v.name,
        reason: v.reason,
        people: v.people,
      };
      // its JSON is filled now, off the request, so the first open finds it stored
      setImmediate(() => {
        versionJsonGz(v.boardId, info.id).catch(() => undefined);
      });
      return info;
    },
    async versionJson(id, versionId) {
      const json = await versionJsonGz(id, versionId);
      return json ? (json.text ?? gunzipSync(json.gz).toString('utf8')) : null;
    },
    async versionJsonGzip(id, versionId) {
      return (await versionJsonGz(id, versionId))?.gz ?? null;
    },
    since,
    async lastSeqs(ids) {
      const rows = await q<{ id: string; last_seq: string }>('SELECT id, last_seq FROM boards WHERE id = ANY($1)', [
        [...ids],
      ]);
      return new Map(rows.map((r) => [r.id, Number(r.last_seq)]));
    },
    async close() {
      await Promise.all([pool.end(), writes.end()]);
    },
  };
}
