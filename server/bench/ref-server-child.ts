/**
 * The reference: y-websocket@1's own in-memory server (`bin/utils.js` `setupWSConnection`,
 * installed as `y-websocket-ref`), nothing stored, in its own process like Planroom's
 * (`server-child.ts`) and driven over IPC the same way, so both run under the same load.
 */
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { WebSocketServer } from 'ws';

if (!process.send) throw new Error('run through bench/child.ts');
const send = process.send.bind(process);

interface RefUtils {
  setupWSConnection(conn: unknown, req: unknown, opts?: { docName?: string; gc?: boolean }): void;
  getYDoc(name: string): unknown;
}
// CommonJS, with its own require('yjs'): the board's bytes are applied through that copy
const requireCjs = createRequire(import.meta.url);
const utils = requireCjs('y-websocket-ref/bin/utils') as RefUtils;
const Y = requireCjs('yjs') as { applyUpdate(doc: unknown, update: Uint8Array): void };

export type RefRequest = { id: number } & (
  | { cmd: 'seed'; boards: string[]; update: number[] }
  | { cmd: 'stats' }
  | { cmd: 'seqs'; boards: string[] }
  | { cmd: 'close' }
);

const http = createServer((_req, res) => {
  res.writeHead(404).end();
});
const wss = new WebSocketServer({ server: http });
wss.on('connection', (conn, req) => {
  // the board id is the path's first segment, as Planroom's clients name it (query ignored)
  const docName = (req.url ?? '/').slice(1).split('?')[0] ?? '';
  utils.setupWSConnection(conn, req, { docName, gc: true });
});
await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
const { port } = http.address() as AddressInfo;

const LOOP_RESOLUTION_MS = 2;
const loop = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS });
loop.enable();
let rssMaxMB = 0;
setInterval(() => {
  rssMaxMB = Math.max(rssMaxMB, process.memoryUsage().rss / 2 ** 20);
}, 250).unref();

process.on('message', (msg: RefRequest) => {
  if (msg.cmd === 'seed') {
    const update = Uint8Array.from(msg.update);
    for (const name of msg.boards) Y.applyUpdate(utils.getYDoc(name), update);
    send({ id: msg.id, value: null });
  } else if (msg.cmd === 'stats') {
    const cpu = process.cpuUsage();
    send({
      id: msg.id,
      value: {
        commits: 0,
        entries: 0,
        commitMs: 0,
        commitMaxMs: 0,
        slowCommits: 0,
        cpuUserMs: cpu.user / 1000,
        cpuSystemMs: cpu.system / 1000,
        warnings: 0,
        openMaxMs: 0,
        decodeMaxMs: 0,
        rssMB: process.memoryUsage().rss / 2 ** 20,
        rssMaxMB,
        rateDrops: 0,
        loopP99Ms: loop.percentile(99) / 1e6 - LOOP_RESOLUTION_MS,
        loopMaxMs: loop.max / 1e6 - LOOP_RESOLUTION_MS,
      },
    });
    loop.reset();
  } else if (msg.cmd === 'seqs') {
    send({ id: msg.id, value: 0 });
  } else if (msg.cmd === 'close') {
    for (const client of wss.clients) client.terminate();
    http.close();
    send({ id: msg.id, value: null }, () => process.exit(0));
  }
});

send({ ready: `http://127.0.0.1:${port}` });
