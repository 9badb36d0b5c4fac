import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CreatedBoard } from '@planroom/shared';
import { afterAll, afterEach, beforeAll } from 'vitest';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { type Planroom, type PlanroomOptions, startPlanroom } from '../src/app.js';
import { type Logger, silentLogger } from '../src/log.js';

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'planroom-test-'));
}

export interface TestServer extends Planroom {
  dataDir: string;
  wsBase: string;
  /** Every warning and error line the server logged. */
  lines: string[];
  stop(): Promise<void>;
}

export async function startTestServer(opts: Partial<PlanroomOptions> = {}): Promise<TestServer> {
  const dataDir = opts.dataDir ?? tempDir();
  const lines: string[] = [];
  const log: Logger = { ...silentLogger, warn: (m) => lines.push(`warn ${m}`), error: (m) => lines.push(`error ${m}`) };
  const app = await startPlanroom({ port: 0, secret: 'test-secret-0123456789', log, ...opts, dataDir });
  return {
    ...app,
    dataDir,
    wsBase: `${app.url.replace('http', 'ws')}/ws`,
    lines,
    async stop() {
      await app.close();
      if (!opts.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function createBoardHttp(
  base: string,
  body: unknown = { template: 'it-portfolio' },
): Promise<CreatedBoard> {
  const res = await fetch(`${base}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (res.status !== 201) throw new Error(`create failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as CreatedBoard;
}

/** Retries `check` until it returns truthy (or stops throwing), failing after `timeoutMs`. */
export async function waitFor<T>(check: () => T | Promise<T>, timeoutMs = 10_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}${last ? `: ${(last as Error).message}` : ''}`);
    }
    await new Promise((r) => setTimeout(r, 10));
  }
}

export interface Client {
  doc: Y.Doc;
  provider: WebsocketProvider;
  destroy(): void;
}

/** The stock y-websocket client, as browsers use it. */
export function connect(wsBase: string, boardId: string, token: string): Client {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(wsBase, boardId, doc, {
    params: { token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  return {
    doc,
    provider,
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

export async function connectSynced(wsBase: string, boardId: string, token: string): Promise<Client> {
  const client = connect(wsBase, boardId, token);
  await waitFor(() => client.provider.synced, 10_000, 'first sync');
  return client;
}

export interface RawSocket {
  ws: WebSocket;
  messages: Uint8Array[];
  closed: Promise<{ code: number; reason: string }>;
}

/** A bare socket for sending hand-made frames. */
export function rawSocket(wsBase: string, boardId: string, token?: string): Promise<RawSocket> {
  return rawSocketAt(`${wsBase}/${boardId}${token ? `?token=${encodeURIComponent(token)}` : ''}`);
}

/** A bare socket on any URL (e.g. with `?ticket=`). */
export function rawSocketAt(url: string): Promise<RawSocket> {
  const ws = new WebSocket(url);
  const messages: Uint8Array[] = [];
  ws.on('message', (data: Buffer) => messages.push(new Uint8Array(data)));
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve({ ws, messages, closed }));
    ws.once('error', reject);
  });
}

/**
 * One server for a describe block, started before its tests and stopped after them, with
 * every client a test hands to `keep` destroyed first.
 */
export function serverForSuite(opts: Partial<PlanroomOptions> = {}) {
  let server: TestServer | null = null;
  const clients: Client[] = [];
  beforeAll(async () => {
    server = await startTestServer(opts);
  });
  afterAll(async () => {
    for (const c of clients) c.destroy();
    await server?.stop();
  });
  return {
    get server(): TestServer {
      if (!server) throw new Error('the suite server is not running');
      return server;
    },
    keep(...more: Client[]): void {
      clients.push(...more);
    },
  };
}

/**
 * Raw sockets and stock clients for the tests of a describe block: every one a test opens
 * is closed after it, and its close waited for.
 */
export function socketsPerTest(wsBase: () => string) {
  let sockets: RawSocket[] = [];
  let clients: Client[] = [];
  afterEach(async () => {
    for (const c of clients) c.destroy();
    for (const s of sockets) s.ws.close();
    await Promise.all(sockets.map((s) => s.closed));
    sockets = [];
    clients = [];
  });
  return {
    async raw(boardId: string, token: string): Promise<RawSocket> {
      const sock = await rawSocket(wsBase(), boardId, token);
      sockets.push(sock);
      return sock;
    },
    async stock(boardId: string, token: string): Promise<Client> {
      const client = connect(wsBase(), boardId, token);
      clients.push(client);
      await waitFor(() => client.provider.synced, 10_000, 'first sync');
      return client;
    },
  };
}
