import './node-compat.js';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createAdaptorServer } from '@hono/node-server';
import { Hono } from 'hono';
import { createAuth, loadSecret } from './auth.js';
import { Fanout } from './cluster/fanout.js';
import { mountApi } from './http/api.js';
import { type CreateResult, createBoard } from './http/boards.js';
import { mountHistory } from './http/history.js';
import { mountLinks } from './http/links.js';
import { mountClient } from './http/static.js';
import { mountSync } from './http/ws.js';
import { consoleLogger, type Logger } from './log.js';
import { Rooms } from './rooms/rooms.js';
import { openPostgresStore } from './store/postgres.js';
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
  /** Cluster mode: boards in PostgreSQL (PLANROOM_DATABASE_URL) instead of SQLite in `dataDir`. */
  databaseUrl?: string;
  /** The PostgreSQL schema for the tables (tests give each run its own). */
  databaseSchema?: string;
  /** Cluster mode: fan-out between processes through Redis Streams (PLANROOM_REDIS_URL). */
  redisUrl?: string;
  /** Prefix of this server's Redis keys (tests give each run its own). */
  redisPrefix?: string;
}

/** The store the options ask for: PostgreSQL (and Redis fan-out) in cluster mode, else SQLite. */
async function openStores(opts: PlanroomOptions, log: Logger): Promise<{ store: Store; fanout: Fanout | null }> {
  if (opts.redisUrl && !opts.databaseUrl)
    throw new Error('PLANROOM_REDIS_URL needs PLANROOM_DATABASE_URL: processes share boards through PostgreSQL');
  if (!opts.databaseUrl) {
    return {
      store: await openWorkerStore({ dataDir: opts.dataDir, synchronous: opts.synchronous ?? 'full' }),
      fanout: null,
    };
  }
  const store = await openPostgresStore({ url: opts.databaseUrl, schema: opts.databaseSchema, log });
  if (!opts.redisUrl) return { store, fanout: null };
  try {
    return { store, fanout: await Fanout.start({ url: opts.redisUrl, prefix: opts.redisPrefix, store, log }) };
  } catch (err) {
    await store.close();
    throw err;
  }
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
  const { store, fanout } = await openStores(opts, log);
  const auth = createAuth(loadSecret(opts.dataDir, opts.secret));
  const rooms = new Rooms({
    store,
    log,
    idleMs: opts.idleMs ?? 30_000,
    compactEvery: opts.compactEvery ?? 500,
    now: opts.now,
    versionEveryMs: opts.versionEveryMs,
    fanout,
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
        await fanout?.close();
        await store.close();
      })();
      return closing;
    },
  };
}
