import { join as joinPath } from 'node:path';
import { gunzipSync } from 'node:zlib';
import {
  type BoardJson,
  type CreatedBoard,
  exportBoard,
  readBoard,
  updateItem,
  type VersionAnswer,
} from '@planroom/shared';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { connectSynced, createBoardHttp, serverForSuite, waitFor } from './helpers.js';

/** A version's Board JSON is stored gzipped beside its content (migration `version-json`). */
describe('version JSON stored with the version', () => {
  const suite = serverForSuite();
  const call = (board: CreatedBoard, path: string, token: string, init: RequestInit = {}) =>
    fetch(`${suite.server.url}/api/boards/${board.id}/versions${path}`, {
      ...init,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...init.headers },
    });
  const name = async (board: CreatedBoard, versionName: string) => {
    const res = await call(board, '', board.tokens.editor, {
      method: 'POST',
      body: JSON.stringify({ name: versionName }),
    });
    expect(res.status).toBe(201);
    return ((await res.json()) as VersionAnswer).version;
  };
  /** The stored gzip of a version, or null, read the way another process would. */
  const storedGzip = (versionId: number): Buffer | null => {
    const db = new Database(joinPath(suite.server.dataDir, 'planroom.sqlite'), { readonly: true });
    try {
      const row = db.prepare('SELECT json_gz FROM versions WHERE id = ?').get(versionId) as { json_gz: Buffer | null };
      return row.json_gz;
    } finally {
      db.close();
    }
  };
  const forget = (versionId: number) => {
    const db = new Database(joinPath(suite.server.dataDir, 'planroom.sqlite'));
    try {
      db.prepare('UPDATE versions SET json_gz = NULL WHERE id = ?').run(versionId);
    } finally {
      db.close();
    }
  };

  it('stores a new version as gzipped JSON, sent as it is to a client that takes gzip', async () => {
    const board = await createBoardHttp(suite.server.url);
    const version = await name(board, 'Before Q3 QBR');
    const gz = (await waitFor(() => storedGzip(version.id), 10_000, 'the stored JSON')) as Buffer;
    const stored = JSON.parse(gunzipSync(gz).toString('utf8')) as BoardJson;
    const room = suite.server.rooms.loaded(board.id);
    if (!room) throw new Error('naming a version loads the board');
    expect(stored).toEqual(exportBoard(room.doc));

    const zipped = await call(board, `/${version.id}`, board.tokens.viewer, {
      headers: { 'accept-encoding': 'gzip, deflate' },
    });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(zipped.headers.get('vary')).toBe('accept-encoding');
    expect(await zipped.json()).toEqual(stored);
    const plain = await call(board, `/${version.id}`, board.tokens.viewer, {
      headers: { 'accept-encoding': 'identity, gzip;q=0' },
    });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.json()).toEqual(stored);
  });

  it('opens and restores a version stored without its JSON, filling it on first open', async () => {
    const board = await createBoardHttp(suite.server.url);
    const version = await name(board, 'Old row');
    await waitFor(() => storedGzip(version.id), 10_000, 'the stored JSON');
    const first = (await (await call(board, `/${version.id}`, board.tokens.viewer)).json()) as BoardJson;
    forget(version.id); // as a row written before the migration
    expect(storedGzip(version.id)).toBeNull();
    expect(await (await call(board, `/${version.id}`, board.tokens.viewer)).json()).toEqual(first);
    expect(storedGzip(version.id)).not.toBeNull();

    forget(version.id);
    const client = await connectSynced(suite.server.wsBase, board.id, board.tokens.editor);
    try {
      const item = readBoard(client.doc).items.keys().next().value ?? '';
      updateItem(client.doc, item, { title: 'Changed after the version' });
      await waitFor(
        () =>
          JSON.stringify(exportBoard(suite.server.rooms.loaded(board.id)?.doc ?? client.doc)) !== JSON.stringify(first),
        10_000,
        'the edit on the server',
      );
      const res = await call(board, `/${version.id}/restore`, board.tokens.owner, { method: 'POST' });
      expect(res.status).toBe(200);
      await waitFor(() => JSON.stringify(exportBoard(client.doc)) === JSON.stringify(first), 10_000, 'the restore');
      expect(exportBoard(client.doc)).toEqual(first);
    } finally {
      client.destroy();
    }
  });
});
