import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { boardFromJson, itPortfolioTemplate, newBoardId, type Role } from '@planroom/shared';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createAuth } from '../src/auth.js';
import { BASE_SCHEMA, STORE_MIGRATIONS } from '../src/store/migrations.js';
import { openSqliteStore } from '../src/store/sqlite.js';
import { versionJsonText } from '../src/store/version-json.js';
import { connectSynced, startTestServer, type TestServer, tempDir } from './helpers.js';

const SECRET = 'test-secret-0123456789';

/** A data dir as the first release left it: one board with one key for all its links. */
function firstReleaseDataDir(): { dir: string; id: string; key: string } {
  const dir = tempDir();
  const db = new Database(join(dir, 'planroom.sqlite'));
  db.exec(BASE_SCHEMA);
  const built = boardFromJson(itPortfolioTemplate('2026-11-22', 'Old board'));
  if (!built.ok) throw new Error('template did not build');
  const id = newBoardId();
  const key = 'old-per-board-key';
  const now = new Date().toISOString();
  db.prepare('INSERT INTO boards (id, name, key, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(
    id,
    'Old board',
    key,
    now,
    now,
  );
  db.prepare('INSERT INTO snapshots (board_id, seq, data, created_at) VALUES (?, 0, ?, ?)').run(
    id,
    Y.encodeStateAsUpdate(built.doc),
    now,
  );
  db.close();
  return { dir, id, key };
}

/** The token the first release handed out: HMAC(secret, boardId:role:boardKey). */
function oldToken(id: string, key: string, role: Role): string {
  return createAuth(Buffer.from(SECRET)).issue(id, { owner: key, editor: key, viewer: key }, role);
}

describe('store migrations', () => {
  let server: TestServer | null = null;
  const dirs: string[] = [];
  const oldDataDir = () => {
    const old = firstReleaseDataDir();
    dirs.push(old.dir);
    return old;
  };
  afterEach(async () => {
    await server?.stop();
    server = null;
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('role-keys: every link handed out before the migration keeps its role', async () => {
    const old = oldDataDir();
    server = await startTestServer({ dataDir: old.dir, secret: SECRET });
    for (const role of ['owner', 'editor', 'viewer'] as const) {
      const res = await fetch(`${server.url}/api/boards/${old.id}`, {
        headers: { authorization: `Bearer ${oldToken(old.id, old.key, role)}` },
      });
      expect(res.status).toBe(200);
      expect(((await res.json()) as { role: string }).role).toBe(role);
    }
    const live = await connectSynced(server.wsBase, old.id, oldToken(old.id, old.key, 'editor'));
    expect(live.doc.getMap('meta').get('name')).toBe('Old board');
    live.destroy();
    const db = new Database(join(old.dir, 'planroom.sqlite'), { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(STORE_MIGRATIONS.length);
    expect(db.prepare('SELECT owner_key, editor_key, viewer_key FROM boards').get()).toEqual({
      owner_key: old.key,
      editor_key: old.key,
      viewer_key: old.key,
    });
    db.close();
  });

  it('versions: the snapshots kept until now become the first versions, content intact', () => {
    const old = oldDataDir();
    const store = openSqliteStore({ dataDir: old.dir });
    try {
      const versions = store.listVersions(old.id);
      expect(versions).toEqual([
        { id: expect.any(Number), createdAt: expect.any(String), name: null, reason: 'auto', people: [] },
      ]);
      const id = versions[0]?.id ?? 0;
      const doc = new Y.Doc();
      Y.applyUpdateV2(doc, store.versionContent(old.id, id) as Uint8Array);
      expect(doc.getMap('meta').get('name')).toBe('Old board');
      expect(store.latestVersion(old.id)?.seq).toBe(0);
      expect(store.renameVersion(old.id, id, 'As migrated')?.name).toBe('As migrated');
      expect(store.renameVersion('other-board', id, 'x')).toBeNull();
      expect(store.versionContent('other-board', id)).toBeNull();
    } finally {
      store.close();
    }
  });

  it('version-json: a version from before it opens from its content and stores its JSON then', () => {
    const old = oldDataDir();
    const store = openSqliteStore({ dataDir: old.dir });
    try {
      const id = store.listVersions(old.id)[0]?.id ?? 0;
      expect(store.storedVersionJson(old.id, id)).toBeNull();
      const text = versionJsonText(store, old.id, id) ?? '';
      expect((JSON.parse(text) as { name: string }).name).toBe('Old board');
      const gz = store.storedVersionJson(old.id, id);
      expect(gz && gunzipSync(gz).toString('utf8')).toBe(text);
      expect(versionJsonText(store, old.id, id)).toBe(text); // now from the stored gzip
      expect(versionJsonText(store, 'other-board', id)).toBeNull();
      expect(store.setVersionJson('other-board', id, new Uint8Array([1]))).toBe(false);
    } finally {
      store.close();
    }
  });

  it('runs each migration once and refuses a store written by a newer Planroom', () => {
    const old = oldDataDir();
    openSqliteStore({ dataDir: old.dir }).close();
    const again = openSqliteStore({ dataDir: old.dir });
    expect(again.getBoard(old.id)?.keys).toEqual({ owner: old.key, editor: old.key, viewer: old.key });
    again.close();
    const db = new Database(join(old.dir, 'planroom.sqlite'));
    db.pragma(`user_version = ${STORE_MIGRATIONS.length + 1}`);
    db.close();
    expect(() => openSqliteStore({ dataDir: old.dir })).toThrow(/newer Planroom/);
  });
});
