import { type CreatedBoard, LINK_ROTATED, type SocketTicket } from '@planroom/shared';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { Tickets } from '../src/tickets.js';
import { syncFrame } from './frames.js';
import { type Client, createBoardHttp, rawSocketAt, serverForSuite, waitFor } from './helpers.js';

describe('WebSocket tickets', () => {
  let now = 0;
  const suite = serverForSuite({ clock: () => now });

  const ticketFor = async (board: CreatedBoard, token: string): Promise<string> => {
    const res = await fetch(`${suite.server.url}/api/boards/${board.id}/ticket`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = (await res.json()) as SocketTicket;
    expect(body.expiresInMs).toBe(30_000);
    return body.ticket;
  };

  /** The stock y-websocket client, with a ticket where browsers used to put the token. */
  const withTicket = (
    boardId: string,
    ticket: string,
  ): Client & { closed: Promise<{ code: number; reason: string }> } => {
    const doc = new Y.Doc();
    const provider = new WebsocketProvider(suite.server.wsBase, boardId, doc, {
      params: { ticket },
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
    });
    const closed = new Promise<{ code: number; reason: string }>((resolve) => provider.once('closed', resolve));
    const client = {
      doc,
      provider,
      closed,
      destroy() {
        provider.destroy();
        doc.destroy();
      },
    };
    suite.keep(client);
    return client;
  };

  const socketWith = (boardId: string, ticket: string) =>
    rawSocketAt(`${suite.server.wsBase}/${boardId}?ticket=${encodeURIComponent(ticket)}`);

  it('a ticket opens one socket with its role, once; the second use is refused with 4401', async () => {
    const board = await createBoardHttp(suite.server.url);
    const ticket = await ticketFor(board, board.tokens.editor);
    const editor = withTicket(board.id, ticket);
    await waitFor(() => editor.provider.synced, 10_000, 'sync with a ticket');
    editor.doc.getMap('meta').set('name', 'Edited over a ticket');
    await waitFor(async () => {
      const r = await fetch(`${suite.server.url}/api/boards/${board.id}/export`, {
        headers: { authorization: `Bearer ${board.tokens.viewer}` },
      });
      return ((await r.json()) as { name: string }).name === 'Edited over a ticket';
    });

    const again = withTicket(board.id, ticket);
    expect(await again.closed).toEqual({ code: 4401, reason: 'ticket is invalid, used or expired' });
    expect(again.provider.synced).toBe(false);
  });

  it("a viewer's ticket grants a viewer: a write over it is refused with 4403", async () => {
    const board = await createBoardHttp(suite.server.url);
    const sock = await socketWith(board.id, await ticketFor(board, board.tokens.viewer));
    const writer = new Y.Doc();
    writer.getMap('meta').set('name', 'Renamed by a viewer');
    sock.ws.send(syncFrame(2, Y.encodeStateAsUpdate(writer)));
    expect((await sock.closed).code).toBe(4403);
  });

  it('refuses an expired ticket, and keeps one that is about to expire', async () => {
    const board = await createBoardHttp(suite.server.url);
    now = 1_000_000;
    const fresh = await ticketFor(board, board.tokens.editor);
    const stale = await ticketFor(board, board.tokens.editor);
    now += 29_999;
    const open = withTicket(board.id, fresh);
    await waitFor(() => open.provider.synced, 10_000, 'sync just before expiry');
    now += 2;
    expect(await withTicket(board.id, stale).closed).toEqual({
      code: 4401,
      reason: 'ticket is invalid, used or expired',
    });
  });

  it("refuses a ticket after its role's link was reset, and on another board; other roles' tickets still work", async () => {
    const board = await createBoardHttp(suite.server.url);
    const other = await createBoardHttp(suite.server.url);
    const viewerTicket = await ticketFor(board, board.tokens.viewer);
    const editorTicket = await ticketFor(board, board.tokens.editor);
    const res = await fetch(`${suite.server.url}/api/boards/${board.id}/links/viewer/rotate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${board.tokens.owner}` },
    });
    expect(res.status).toBe(200);
    expect(await withTicket(board.id, viewerTicket).closed).toEqual({ code: 4401, reason: LINK_ROTATED });
    const editor = withTicket(board.id, editorTicket);
    await waitFor(() => editor.provider.synced, 10_000, 'editor ticket to still work');

    const foreign = await ticketFor(other, other.tokens.owner);
    expect((await (await socketWith(board.id, foreign)).closed).code).toBe(4401);
    // used up by that attempt, even on its own board
    expect((await (await socketWith(other.id, foreign)).closed).code).toBe(4401);
    for (const junk of ['', 'x', 'A'.repeat(43), editorTicket]) {
      expect((await (await socketWith(board.id, junk)).closed).code).toBe(4401);
    }
  });

  it('issues tickets only for a valid token', async () => {
    const board = await createBoardHttp(suite.server.url);
    const post = (id: string, auth?: string) =>
      fetch(`${suite.server.url}/api/boards/${id}/ticket`, {
        method: 'POST',
        headers: auth ? { authorization: auth } : {},
      });
    expect((await post(board.id)).status).toBe(401);
    expect((await post(board.id, `Bearer ${board.tokens.viewer.replace('viewer.', 'owner.')}`)).status).toBe(401);
    expect((await post(board.id, board.tokens.editor)).status).toBe(401);
    expect((await post('nosuchboard', `Bearer ${board.tokens.editor}`)).status).toBe(404);
  });
});

describe('Tickets', () => {
  it('holds a bounded number of unused tickets per board and role, and frees them as they are used or expire', () => {
    let now = 0;
    const tickets = new Tickets({ ttlMs: 100, maxPerRole: 2, now: () => now });
    const grant = { boardId: 'b', role: 'viewer' as const, key: 'k' };
    const first = tickets.issue(grant);
    expect(tickets.issue(grant)).not.toBeNull();
    expect(tickets.issue(grant)).toBeNull();
    expect(tickets.issue({ ...grant, role: 'editor' })).not.toBeNull();
    expect(tickets.redeem(first as string)).toEqual(grant);
    expect(tickets.redeem(first as string)).toBeNull();
    expect(tickets.issue(grant)).not.toBeNull();
    now = 100;
    expect(tickets.issue(grant)).not.toBeNull();
    expect(tickets.size).toBe(1);
  });

  it('holds a bounded number of unused tickets in all', () => {
    const tickets = new Tickets({ maxTotal: 3, now: () => 0 });
    for (const boardId of ['a', 'b', 'c']) expect(tickets.issue({ boardId, role: 'viewer', key: 'k' })).not.toBeNull();
    expect(tickets.issue({ boardId: 'd', role: 'viewer', key: 'k' })).toBeNull();
  });
});
