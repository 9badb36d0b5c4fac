import { createItem, exportBoard, readBoard } from '@planroom/shared';
import { describe, expect, it } from 'vitest';
import { FLOODS, flood } from './floods.js';
import { type Client, connectSynced, createBoardHttp, rawSocket, serverForSuite, waitFor } from './helpers.js';

describe('one socket flooding the server', () => {
  const suite = serverForSuite();

  for (const f of FLOODS) {
    it(`${f.name}: closed with ${f.expected}; a bystander keeps working and converges`, async () => {
      const { server } = suite;
      const board = await createBoardHttp(server.url, { template: 'empty' });
      const writer = await connectSynced(server.wsBase, board.id, board.tokens.editor);
      const watcher = await connectSynced(server.wsBase, board.id, board.tokens.editor);
      suite.keep(writer, watcher);
      const drops: string[] = [];
      for (const c of [writer, watcher]) {
        c.provider.on('connection-close', (e: { code: number } | null) => drops.push(String(e?.code)));
      }
      const sock = await rawSocket(server.wsBase, board.id, board.tokens[f.role]);
      const closing = flood(sock, f.frames());
      // the bystander edits while the flood runs, and once more after it
      const ids = [createItem(writer.doc, { title: 'During the flood', start: '2026-03-02' })];
      expect(await closing).toBe(f.expected);
      ids.push(createItem(writer.doc, { title: 'After the flood', start: '2026-03-09' }));
      await waitFor(() => ids.every((id) => readBoard(watcher.doc).items.has(id)), 10_000, 'edits at the watcher');
      await converged(server.rooms.loaded(board.id)?.doc, [writer, watcher]);
      expect(drops).toEqual([]);
      const health = await fetch(`${server.url}/health`);
      expect(health.status).toBe(200);
    });
  }
});

async function converged(doc: import('yjs').Doc | undefined, clients: Client[]): Promise<void> {
  if (!doc) throw new Error('room not loaded');
  const json = (d: import('yjs').Doc) => JSON.stringify(exportBoard(d));
  await waitFor(() => clients.every((c) => json(c.doc) === json(doc)), 10_000, 'clients equal to the room');
}
