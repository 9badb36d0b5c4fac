import { randomBytes } from 'node:crypto';
import { CLOSE, createItem, exportBoard, readBoard } from '@planroom/shared';
import { describe, expect, it } from 'vitest';
import { awarenessFrame, deleteSetUpdate, gappedUpdates, syncFrame } from './frames.js';
import {
  type Client,
  connectSynced,
  createBoardHttp,
  type RawSocket,
  rawSocket,
  serverForSuite,
  waitFor,
} from './helpers.js';

type Role = 'editor' | 'viewer';

interface Flood {
  name: string;
  role: Role;
  expected: number;
  frames: () => Iterable<Uint8Array>;
}

const MiB = 1024 * 1024;

const FLOODS: Flood[] = [
  {
    name: '3,000 small updates that each miss a change',
    role: 'editor',
    expected: CLOSE.tryAgain,
    frames: () => gappedUpdates(3000).map((u) => syncFrame(2, u)),
  },
  {
    name: '3,000 delete sets for clients the board never saw',
    role: 'editor',
    expected: CLOSE.tryAgain,
    frames: function* () {
      for (let i = 0; i < 3000; i++) yield syncFrame(2, deleteSetUpdate(900_000 + i, 1));
    },
  },
  {
    name: 'one presence frame with 400,000 states',
    role: 'editor',
    expected: CLOSE.tooBig,
    frames: () => [awarenessFrame(Array.from({ length: 400_000 }, (_, i) => [i + 1, 1, '{}'] as const))],
  },
  {
    name: '5 MiB of random bytes under an update header',
    role: 'editor',
    expected: CLOSE.malformed,
    frames: () => [syncFrame(2, new Uint8Array(randomBytes(5 * MiB - 64)))],
  },
  {
    name: "a viewer's 4.8 MiB delete sets, again and again",
    role: 'viewer',
    expected: CLOSE.tryAgain,
    frames: function* () {
      const frame = syncFrame(2, deleteSetUpdate(4242, 1_200_000));
      for (let i = 0; i < 40; i++) yield frame;
    },
  },
];

/** Sends every frame (each after the previous left the socket), stopping once the socket closes. */
async function flood(sock: RawSocket, frames: Iterable<Uint8Array>): Promise<number> {
  let open = true;
  void sock.closed.then(() => {
    open = false;
  });
  for (const frame of frames) {
    if (!open) break;
    await new Promise<void>((resolve) => sock.ws.send(frame, () => resolve()));
  }
  return (await sock.closed).code;
}

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
