import './node-compat.js';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createAdaptorServer } from '@hono/node-server';
import { Hono } from 'hono';
import { createAuth, loadSecret } from './auth.js';
import { mountApi } from './http/api.js';
import { type CreateResult, createBoard } from './http/boards.js';
import { mountHistory } from './http/history.js';
import { mountLinks } from './http/links.js';
import { mountClient } from './http/static.js';
import { mountSync } from './http/ws.js';
import { consoleLogger, type Logger } from './log.js';
import { Rooms } from './rooms/rooms.js';
import type { Store } from './store/store.js';
import { openWorkerStore } from './store/worker-store.js';
import { Tickets } from './tickets.js';

export interface PlanroomOptions {
  dataDir: string;
  port?: number;
  host?: string;
  secret?: string;
  publicUrl?: string;
  clientDist?: string;
  idleMs?: number;
  compactEvery?: number;
  synchronous?: 'full' | 'normal';
  log?: Logger;
  /** How long a WebSocket ticket stays valid (default 30 s). */
  ticketTtlMs?: number;
  /** The monotonic clock tickets expire by, in ms; tests move it by hand. */
  clock?: () => number;
  /** The wall clock versions are dated and spaced by, in ms (default Date.now); tests move it by hand. */
  now?: () => number;
  /** At most one automatic version this often while edits happen (default an hour). */
  versionEveryMs?: number;
}

export interface Planroom {
  url: string;
  port: number;
  store: Store;
  rooms: Rooms;
  /** `POST /api/boards` without HTTP (links on `base`): the demo board and tests use it. */
  createBoard(body: unknown, base?: string): Promise<CreateResult>;
  /** Stops accepting, stores and compacts every board, closes sockets. */
  close(): Promise<void>;
}

export const DEFAULT_CLIENT_DIST = fileURLToPath(new URL('../../client/dist', import.meta.url));

export async function startPlanroom(opts: PlanroomOptions): Promise<Planroom> {
  const log = opts.log ?? consoleLogger;
  const store = await openWorkerStore({ dataDir: opts.dataDir, synchronous: opts.synchronous ?? 'full' });
  const auth = createAuth(loadSecret(opts.dataDir, opts.secret));
  const rooms = new Rooms({
    store,
    log,
    idleMs: opts.idleMs ?? 30_000,
    compactEvery: opts.compactEvery ?? 500,
    now: opts.now,
    versionEveryMs: opts.versionEveryMs,
  });
  const tickets = new Tickets({ ttlMs: opts.ticketTtlMs, now: opts.clock });
  const deps = { store, auth, rooms, tickets, log, publicUrl: opts.publicUrl };

  const app = new Hono();
  mountApi(app, deps);
  mountLinks(app, deps);
  mountHistory(app, deps);
  mountClient(app, opts.clientDist ?? DEFAULT_CLIENT_DIST);
  app.onError((err, c) => {
    log.error(`${c.req.method} ${new URL(c.req.url).pathname}: ${err.message}`);
    return c.json({ error: 'internal error' }, 500);
  });

  const server = createAdaptorServer({ fetch: app.fetch });
  const sockets = mountSync(server as Server, deps);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 8787, opts.host ?? '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  let closing: Promise<void> | null = null;
  const url = `http://${opts.host && opts.host !== '0.0.0.0' ? opts.host : '127.0.0.1'}:${port}`;
  return {
    url,
    port,
    store,
    rooms,
    createBoard: (body, base) => createBoard(deps, body, base ?? opts.publicUrl ?? url),
    close() {
      closing ??= (async () => {
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        await rooms.closeAll();
        // give close frames a moment to reach clients, then cut whatever is left
        const deadline = Date.now() + 1000;
        while (sockets.all().length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
        for (const client of sockets.all()) client.terminate();
        if ('closeAllConnections' in server) server.closeAllConnections();
        await stopped;
        await store.close();
      })();
      return closing;
    },
  };
}
