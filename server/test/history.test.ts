import { rmSync } from 'node:fs';
import {
  type BoardJson,
  type CreatedBoard,
  createItem,
  exportBoard,
  type RestoredVersion,
  readBoard,
  updateItem,
  type VersionAnswer,
  type VersionInfo,
  type VersionList,
} from '@planroom/shared';
import { describe, expect, it } from 'vitest';
import {
  type Client,
  connectSynced,
  createBoardHttp,
  serverForSuite,
  startTestServer,
  type TestServer,
  tempDir,
  waitFor,
} from './helpers.js';

const HOUR = 60 * 60 * 1000;

describe('version history', () => {
  /** The server's wall clock for versions, moved by hand. */
  let now = Date.now();
  const suite = serverForSuite({ now: () => now });
  const call = (path: string, token: string | null, method = 'GET', body?: unknown) =>
    fetch(`${suite.server.url}/api/boards/${path}`, {
      method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), 'content-type': 'application/json' },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
  const list = async (board: CreatedBoard) =>
    ((await (await call(`${board.id}/versions`, board.tokens.viewer)).json()) as VersionList).versions;
  const name = async (board: CreatedBoard, versionName: string, token = board.tokens.editor) => {
    const res = await call(`${board.id}/versions`, token, 'POST', { name: versionName });
    expect(res.status).toBe(201);
    return ((await res.json()) as VersionAnswer).version;
  };
  const versionJson = async (board: CreatedBoard, id: number) =>
    (await (await call(`${board.id}/versions/${id}`, board.tokens.viewer)).json()) as BoardJson;

  /** A stock client that shows a display name in its presence, as the app does. */
  const join = async (board: CreatedBoard, token: string, person: string): Promise<Client> => {
    const client = await connectSynced(suite.server.wsBase, board.id, token);
    suite.keep(client);
    client.provider.awareness.setLocalStateField('user', { name: person, color: '#336699' });
    const room = () => suite.server.rooms.loaded(board.id);
    await waitFor(
      () => [...(room()?.awareness.getStates().values() ?? [])].some((s) => s.user?.name === person),
      10_000,
      `${person}'s presence on the server`,
    );
    return client;
  };
  const firstItem = (client: Client) => {
    const id = readBoard(client.doc).items.keys().next().value;
    if (!id) throw new Error('the template has no items');
    return id;
  };
  /** Waits until the server's copy of the board has what `client` has. */
  const storedFrom = (board: CreatedBoard, client: Client) =>
    waitFor(
      () => {
        const room = suite.server.rooms.loaded(board.id);
        return room && JSON.stringify(exportBoard(room.doc)) === JSON.stringify(exportBoard(client.doc));
      },
      10_000,
      'the edit on the server',
    );

  it('takes a version when the last person leaves, listing who was there with server roles', async () => {
    const board = await createBoardHttp(suite.server.url);
    const ada = await join(board, board.tokens.editor, 'Ada');
    const bo = await join(board, board.tokens.viewer, 'Bo');
    updateItem(ada.doc, firstItem(ada), { title: 'Changed before leaving' });
    await storedFrom(board, ada);
    expect(await list(board)).toEqual([]);
    ada.destroy();
    bo.destroy();
    const left = await waitFor(async () => (await list(board))[0], 10_000, 'a version on leaving');
    expect(left).toMatchObject({
      reason: 'left',
      name: null,
      people: [
        { name: 'Ada', role: 'editor' },
        { name: 'Bo', role: 'viewer' },
      ],
    });
    const json = await versionJson(board, left?.id ?? 0);
    expect(json.items.map((i) => i.title)).toContain('Changed before leaving');

    // back, no change, gone again: no second 'left' version (the named one comes after any)
    const again = await join(board, board.tokens.editor, 'Ada');
    again.destroy();
    await waitFor(() => !suite.server.rooms.loaded(board.id)?.conns.size, 10_000, 'Ada gone');
    const named = await name(board, 'After the visit', board.tokens.owner);
    expect((await list(board)).map((v) => v.id)).toEqual([named.id, left?.id]);
  });

  it('takes at most one automatic version an hour while edits happen', async () => {
    const board = await createBoardHttp(suite.server.url);
    now = Date.now(); // not before the board was created
    const ada = await join(board, board.tokens.editor, 'Ada');
    const item = firstItem(ada);
    const edit = async (title: string) => {
      updateItem(ada.doc, item, { title });
      await storedFrom(board, ada);
    };
    await edit('Edit 1');
    now += HOUR + 1000;
    await edit('Edit 2 after an hour');
    await edit('Edit 3 in the same hour');
    now += 30 * 60 * 1000;
    await edit('Edit 4 half an hour on');
    const marker = await name(board, 'marker');
    const versions = await list(board);
    expect(versions.map((v) => v.reason)).toEqual(['named', 'auto']);
    expect(versions[1]?.people).toEqual([{ name: 'Ada', role: 'editor' }]);
    expect((await versionJson(board, versions[1]?.id ?? 0)).items.find((i) => i.id === item)?.title).toBe(
      'Edit 2 after an hour',
    );
    expect(marker.name).toBe('marker');
    now += HOUR;
    await edit('Edit 5 another hour on');
    await waitFor(async () => (await list(board)).length === 3, 10_000, 'the second automatic version');
    expect((await list(board))[0]).toMatchObject({ reason: 'auto', createdAt: new Date(now).toISOString() });
  });

  it('checks roles and input on every endpoint', async () => {
    const board = await createBoardHttp(suite.server.url);
    const other = await createBoardHttp(suite.server.url);
    const v = await name(board, 'Before Q3 QBR', board.tokens.editor);
    const foreign = await name(other, 'Elsewhere', other.tokens.owner);
    const { owner, editor, viewer } = board.tokens;
    const status = async (path: string, token: string | null, method = 'GET', body?: unknown) =>
      (await call(path, token, method, body)).status;
    const errorOf = async (path: string, token: string, method: string, body?: unknown) =>
      ((await (await call(path, token, method, body)).json()) as { error: string }).error;

    // viewers read, but cannot name, rename or restore; editors cannot restore
    expect(await status(`${board.id}/versions`, viewer)).toBe(200);
    expect(await status(`${board.id}/versions/${v.id}`, viewer)).toBe(200);
    expect(await status(`${board.id}/versions`, viewer, 'POST', { name: 'x' })).toBe(403);
    expect(await status(`${board.id}/versions/${v.id}`, viewer, 'PATCH', { name: 'x' })).toBe(403);
    expect(await status(`${board.id}/versions/${v.id}/restore`, viewer, 'POST')).toBe(403);
    expect(await status(`${board.id}/versions/${v.id}/restore`, editor, 'POST')).toBe(403);
    expect(await errorOf(`${board.id}/versions/${v.id}/restore`, editor, 'POST')).toMatch(/only the board owner/);
    // no token, another board's token, no board, no version, another board's version
    for (const path of [`${board.id}/versions`, `${board.id}/versions/${v.id}`]) {
      expect(await status(path, null)).toBe(401);
      expect(await status(path, other.tokens.owner)).toBe(401);
    }
    expect(await status('nosuchboard/versions', owner)).toBe(404);
    for (const vid of ['999999', String(foreign.id), 'abc', '0', '-1']) {
      expect(await status(`${board.id}/versions/${vid}`, owner)).toBe(404);
      expect(await status(`${board.id}/versions/${vid}`, owner, 'PATCH', { name: 'x' })).toBe(404);
      expect(await status(`${board.id}/versions/${vid}/restore`, owner, 'POST')).toBe(404);
    }
    // bad bodies: 400 saying what is wrong
    const bad: Array<[unknown, RegExp]> = [
      ['{not json', /not valid JSON/],
      [[1], /JSON object.*not an array/],
      [{}, /name must be a string/],
      [{ name: '   ' }, /must not be empty/],
      [{ name: 'x'.repeat(121) }, /at most 120/],
    ];
    for (const [body, reason] of bad) {
      expect(await status(`${board.id}/versions`, editor, 'POST', body)).toBe(400);
      expect(await errorOf(`${board.id}/versions`, editor, 'POST', body)).toMatch(reason);
      expect(await errorOf(`${board.id}/versions/${v.id}`, owner, 'PATCH', body)).toMatch(reason);
    }
    // nothing of that changed anything; editors and owners rename
    expect(await list(board)).toEqual([v]);
    const renamed = await call(`${board.id}/versions/${v.id}`, editor, 'PATCH', { name: ' QBR dry run ' });
    expect(renamed.status).toBe(200);
    expect(((await renamed.json()) as VersionAnswer).version).toEqual({ ...v, name: 'QBR dry run' });
    expect(await status(`${board.id}/versions/${v.id}`, owner, 'PATCH', { name: 'Q3 QBR' })).toBe(200);
    expect((await list(board))[0]?.name).toBe('Q3 QBR');
  });

  it('restore reaches every connected client as one update; restoring the undo version undoes it', async () => {
    const board = await createBoardHttp(suite.server.url);
    const a = await join(board, board.tokens.owner, 'Ada');
    const b = await join(board, board.tokens.editor, 'Bo');
    const v1 = await name(board, 'Before the session', board.tokens.owner);
    const item = firstItem(a);
    updateItem(a.doc, item, { title: 'Changed in the session' });
    createItem(a.doc, { title: 'Added in the session', start: '2026-12-07' });
    await storedFrom(board, a);
    await waitFor(() => JSON.stringify(exportBoard(b.doc)) === JSON.stringify(exportBoard(a.doc)), 10_000, 'b synced');
    const beforeRestore = exportBoard(a.doc);

    const updates = [0, 0];
    for (const [i, c] of [a, b].entries()) {
      c.doc.on('update', () => {
        updates[i] = (updates[i] ?? 0) + 1;
      });
    }
    const res = await call(`${board.id}/versions/${v1.id}/restore`, board.tokens.owner, 'POST');
    expect(res.status).toBe(200);
    const restored = (await res.json()) as RestoredVersion;
    expect(restored.restored).toEqual(v1);
    expect(restored.undo).toMatchObject({ reason: 'before-restore', name: null });
    const target = await versionJson(board, v1.id);
    for (const c of [a, b]) await waitFor(() => JSON.stringify(exportBoard(c.doc)) === JSON.stringify(target));
    expect(exportBoard(a.doc)).toEqual(target);
    expect(exportBoard(b.doc)).toEqual(target);
    expect(updates).toEqual([1, 1]);
    expect(await versionJson(board, restored.undo.id)).toEqual(beforeRestore);

    const undo = await call(`${board.id}/versions/${restored.undo.id}/restore`, board.tokens.owner, 'POST');
    expect(undo.status).toBe(200);
    for (const c of [a, b]) await waitFor(() => JSON.stringify(exportBoard(c.doc)) === JSON.stringify(beforeRestore));
    expect(exportBoard(b.doc)).toEqual(beforeRestore);
    expect(updates).toEqual([2, 2]);
    const reasons = (await list(board)).map((v: VersionInfo) => v.reason);
    expect(reasons).toEqual(['before-restore', 'before-restore', 'named']);
  });
});

describe('version history across a restart', () => {
  it('keeps every version and its content', async () => {
    const dataDir = tempDir();
    let server = await startTestServer({ dataDir });
    try {
      const board = await createBoardHttp(server.url);
      const get = (s: TestServer, path: string) =>
        fetch(`${s.url}/api/boards/${board.id}/${path}`, {
          headers: { authorization: `Bearer ${board.tokens.viewer}` },
        });
      const named = await fetch(`${server.url}/api/boards/${board.id}/versions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${board.tokens.editor}`, 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Before Q3 QBR' }),
      });
      const { version } = (await named.json()) as VersionAnswer;
      const before = {
        list: await (await get(server, 'versions')).json(),
        json: await (await get(server, `versions/${version.id}`)).json(),
      };
      await server.stop();
      server = await startTestServer({ dataDir });
      expect(await (await get(server, 'versions')).json()).toEqual(before.list);
      expect(await (await get(server, `versions/${version.id}`)).json()).toEqual(before.json);
      expect((before.list as VersionList).versions).toEqual([version]);
    } finally {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
