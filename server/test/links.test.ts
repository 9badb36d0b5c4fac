import { type BoardLinks, LINK_ROTATED, type RotatedLink } from '@planroom/shared';
import { describe, expect, it } from 'vitest';
import { connect, connectSynced, createBoardHttp, serverForSuite, waitFor } from './helpers.js';

describe('board links and owner powers', () => {
  const suite = serverForSuite();
  const api = (path: string, token: string | null, method = 'GET') =>
    fetch(`${suite.server.url}/api/boards/${path}`, {
      method,
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
  const rotate = (id: string, role: string, token: string | null) => api(`${id}/links/${role}/rotate`, token, 'POST');

  /** Resolves with the first terminal close the stock client reports. */
  const closedWith = (client: ReturnType<typeof connect>) =>
    new Promise<{ code: number; reason: string }>((resolve) => client.provider.once('closed', resolve));

  it('shows owners all three links, editors the editor and viewer links, viewers none', async () => {
    const board = await createBoardHttp(suite.server.url);
    expect(board.links.owner).toBe(`${suite.server.url}/b/${board.id}#token=${board.tokens.owner}`);
    const links = async (token: string) => (await api(`${board.id}/links`, token)).json() as Promise<BoardLinks>;
    expect(await links(board.tokens.owner)).toEqual(board.links);
    expect(await links(board.tokens.editor)).toEqual({ editor: board.links.editor, viewer: board.links.viewer });
    const asViewer = await api(`${board.id}/links`, board.tokens.viewer);
    expect(asViewer.status).toBe(403);
    expect(((await asViewer.json()) as { error: string }).error).toMatch(/viewers cannot see/);
    expect((await api(`${board.id}/links`, null)).status).toBe(401);

    const info = async (token: string) => ((await (await api(board.id, token)).json()) as { links?: BoardLinks }).links;
    expect(await info(board.tokens.owner)).toEqual(board.links);
    expect(await info(board.tokens.editor)).toEqual({ editor: board.links.editor, viewer: board.links.viewer });
    expect(await info(board.tokens.viewer)).toBeUndefined();
  });

  it('refuses a link reset to editors and viewers (403), bad tokens (401) and unknown roles (400)', async () => {
    const board = await createBoardHttp(suite.server.url);
    const other = await createBoardHttp(suite.server.url);
    for (const role of ['owner', 'editor', 'viewer']) {
      for (const token of [board.tokens.editor, board.tokens.viewer]) {
        const res = await rotate(board.id, role, token);
        expect(res.status).toBe(403);
        expect(((await res.json()) as { error: string }).error).toMatch(/only the board owner/);
      }
      // a viewer token relabelled as the owner's, another board's owner token, none at all
      for (const token of [board.tokens.viewer.replace('viewer.', 'owner.'), other.tokens.owner, null]) {
        expect((await rotate(board.id, role, token)).status).toBe(401);
      }
    }
    expect((await rotate(board.id, 'admin', board.tokens.owner)).status).toBe(400);
    expect((await rotate('nosuchboard', 'viewer', board.tokens.owner)).status).toBe(404);
    // nothing was reset by any of that
    expect(await (await api(`${board.id}/links`, board.tokens.owner)).json()).toEqual(board.links);
  });

  it("a viewer link reset closes the viewers' sockets at once; editors stay and the new link works", async () => {
    const board = await createBoardHttp(suite.server.url);
    const editor = await connectSynced(suite.server.wsBase, board.id, board.tokens.editor);
    const viewers = [
      await connectSynced(suite.server.wsBase, board.id, board.tokens.viewer),
      await connectSynced(suite.server.wsBase, board.id, board.tokens.viewer),
    ];
    suite.keep(editor, ...viewers);
    const closes = viewers.map(closedWith);
    let editorClosed = false;
    editor.provider.on('connection-close', () => {
      editorClosed = true;
    });

    const res = await rotate(board.id, 'viewer', board.tokens.owner);
    expect(res.status).toBe(200);
    const rotated = (await res.json()) as RotatedLink;
    expect(rotated.role).toBe('viewer');
    expect(rotated.token).not.toBe(board.tokens.viewer);
    expect(rotated.link).toBe(`${suite.server.url}/b/${board.id}#token=${rotated.token}`);
    expect(rotated.links).toEqual({ ...board.links, viewer: rotated.link });

    for (const closed of closes) expect(await closed).toEqual({ code: 4401, reason: LINK_ROTATED });
    expect((await api(board.id, board.tokens.viewer)).status).toBe(401);
    const stale = connect(suite.server.wsBase, board.id, board.tokens.viewer);
    suite.keep(stale);
    expect((await closedWith(stale)).code).toBe(4401);

    // the editor and owner links still work, the editor's socket was never touched
    expect((await api(board.id, board.tokens.editor)).status).toBe(200);
    expect((await api(board.id, board.tokens.owner)).status).toBe(200);
    const watcher = await connectSynced(suite.server.wsBase, board.id, rotated.token);
    suite.keep(watcher);
    editor.doc.getMap('meta').set('name', 'After the reset');
    await waitFor(() => watcher.doc.getMap('meta').get('name') === 'After the reset', 5000, 'new viewer to see edits');
    expect(editorClosed).toBe(false);
    expect(((await (await api(board.id, rotated.token)).json()) as { role: string }).role).toBe('viewer');
  });

  it('an owner resetting their own link gets the new owner link; the old one stops working', async () => {
    const board = await createBoardHttp(suite.server.url);
    const ownerSocket = await connectSynced(suite.server.wsBase, board.id, board.tokens.owner);
    const editor = await connectSynced(suite.server.wsBase, board.id, board.tokens.editor);
    suite.keep(ownerSocket, editor);
    const closed = closedWith(ownerSocket);
    const rotated = (await (await rotate(board.id, 'owner', board.tokens.owner)).json()) as RotatedLink;
    expect(rotated.role).toBe('owner');
    expect(rotated.link).toBe(`${suite.server.url}/b/${board.id}#token=${rotated.token}`);
    expect(rotated.links.owner).toBe(rotated.link);
    expect(await closed).toEqual({ code: 4401, reason: LINK_ROTATED });
    expect((await rotate(board.id, 'editor', board.tokens.owner)).status).toBe(401);
    expect((await api(board.id, board.tokens.editor)).status).toBe(200);
    expect(editor.provider.wsconnected).toBe(true);
    // the new owner link holds the owner's powers
    const again = await rotate(board.id, 'editor', rotated.token);
    expect(again.status).toBe(200);
    expect((await api(board.id, board.tokens.editor)).status).toBe(401);
  });
});
