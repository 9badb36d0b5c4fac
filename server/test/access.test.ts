import { exportBoard, readBoard } from '@planroom/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { maliciousUpdate, syncFrame } from './frames.js';
import { connectSynced, createBoardHttp, rawSocket, serverForSuite, waitFor } from './helpers.js';

describe('access control', () => {
  const suite = serverForSuite();

  it('refuses missing, tampered and foreign tokens on the socket with 4401', async () => {
    const board = await createBoardHttp(suite.server.url);
    const other = await createBoardHttp(suite.server.url);
    const tampered = `${board.tokens.editor.slice(0, -2)}${board.tokens.editor.endsWith('A') ? 'B' : 'A'}A`;
    const promoted = board.tokens.viewer.replace('viewer.', 'editor.');
    for (const token of [undefined, 'nonsense', tampered, promoted, other.tokens.owner]) {
      const sock = await rawSocket(suite.server.wsBase, board.id, token);
      expect((await sock.closed).code).toBe(4401);
      expect(sock.messages).toHaveLength(0);
    }
    const unknown = await rawSocket(suite.server.wsBase, 'no-such-board', board.tokens.editor);
    expect((await unknown.closed).code).toBe(4404);
  });

  it('refuses the three other spellings of a real token (spare bits of its last character set)', async () => {
    const board = await createBoardHttp(suite.server.url);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const token = board.tokens.editor;
    const last = alphabet.indexOf(token.at(-1) as string);
    for (const bits of [1, 2, 3]) {
      const other = `${token.slice(0, -1)}${alphabet[last ^ bits]}`;
      const res = await fetch(`${suite.server.url}/api/boards/${board.id}`, {
        headers: { authorization: `Bearer ${other}` },
      });
      expect(res.status).toBe(401);
      expect((await (await rawSocket(suite.server.wsBase, board.id, other)).closed).code).toBe(4401);
    }
    const res = await fetch(`${suite.server.url}/api/boards/${board.id}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('refuses bad tokens over HTTP with 401 and names the role of good ones', async () => {
    const board = await createBoardHttp(suite.server.url);
    const get = (token?: string) =>
      fetch(`${suite.server.url}/api/boards/${board.id}`, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
    expect((await get()).status).toBe(401);
    expect((await get(board.tokens.viewer.replace('viewer.', 'owner.'))).status).toBe(401);
    const viewer = (await (await get(board.tokens.viewer)).json()) as { role: string; links?: unknown };
    expect(viewer.role).toBe('viewer');
    expect(viewer.links).toBeUndefined();
    const owner = (await (await get(board.tokens.owner)).json()) as { role: string; links?: { viewer: string } };
    expect(owner.role).toBe('owner');
    expect(owner.links?.viewer).toContain(`/b/${board.id}#token=viewer.`);
    expect((await fetch(`${suite.server.url}/api/boards/${board.id}/export`)).status).toBe(401);
  });

  it('lets a viewer watch live but never applies its sync step 2 or update frames', async () => {
    const board = await createBoardHttp(suite.server.url);
    const editor = await connectSynced(suite.server.wsBase, board.id, board.tokens.editor);
    const viewer = await connectSynced(suite.server.wsBase, board.id, board.tokens.viewer);
    suite.keep(editor, viewer);
    const before = exportBoard(editor.doc);

    for (const kind of [1, 2] as const) {
      const sock = await rawSocket(suite.server.wsBase, board.id, board.tokens.viewer);
      sock.ws.send(syncFrame(kind, maliciousUpdate(editor.doc)));
      expect((await sock.closed).code).toBe(4403);
    }
    // A write made in the stock client's own doc is refused too, and never reaches anyone.
    viewer.doc.getMap('meta').set('name', 'Viewer was here');
    await waitFor(() => viewer.provider.wsconnected === false || viewer.provider.ws === null, 5000, 'viewer close');

    const res = await fetch(`${suite.server.url}/api/boards/${board.id}/export`, {
      headers: { authorization: `Bearer ${board.tokens.owner}` },
    });
    expect(await res.json()).toEqual(before);
    expect(exportBoard(editor.doc)).toEqual(before);

    // A fresh viewer still follows live edits.
    const watcher = await connectSynced(suite.server.wsBase, board.id, board.tokens.viewer);
    suite.keep(watcher);
    editor.doc.getMap('meta').set('name', 'Q3 plan');
    await waitFor(() => watcher.doc.getMap('meta').get('name') === 'Q3 plan', 5000, 'viewer to see the edit');
    expect(readBoard(watcher.doc).lanes.some((l) => l.title === 'Injected')).toBe(false);
    expect(Y.encodeStateVector(watcher.doc)).toEqual(Y.encodeStateVector(editor.doc));
  });
});
