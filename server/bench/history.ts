/**
 * Version history on a 5,000-item board with 200 versions: list, open one for preview,
 * restore, and the server's memory while a client scrubs through every version. Runs in
 * `pnpm bench` (`BENCH_ONLY=history` alone), or `npx tsx bench/history.ts`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { type CreatedBoard, type RestoredVersion, updateItem, type VersionList } from '@planroom/shared';
import Database from 'better-sqlite3';
import * as Y from 'yjs';
import { type Planroom, startPlanroom } from '../src/app.js';
import { silentLogger } from '../src/log.js';
import { createBoardHttp } from '../test/helpers.js';
import { bigBoardJson } from './big-board.js';
import { BENCH_SECRET } from './child.js';
import { atMost, printTable, type Result } from './report.js';

const VERSIONS = 200;
const SIZE = { items: 5_000, lanes: 100, deps: 750, people: 60, teams: 6, assignments: 1_500 };
/** Items moved between two versions, as a planning session moves a few bars. */
const MOVED_PER_VERSION = 25;

/** Progress on the line of `pnpm bench`: on a busy machine this bench takes minutes. */
const say = (text: string) => process.stdout.write(text);
const cpuMs = (since: NodeJS.CpuUsage) => {
  const c = process.cpuUsage(since);
  return (c.user + c.system) / 1000;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

function start(dataDir: string): Promise<Planroom> {
  return startPlanroom({ port: 0, dataDir, secret: BENCH_SECRET, log: silentLogger });
}

/**
 * Times `fn` `runs` times: the median wall time in ms, and the median CPU time this
 * process spent (user + system), which a machine busy with other work inflates less.
 */
async function timed(runs: number, fn: () => Promise<unknown> | unknown): Promise<{ median: number; cpu: number }> {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await fn();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { median: median(wall), cpu: median(cpu) };
}

/** 200 versions, each after a few items moved, taken through the server's own path. */
async function makeVersions(app: Planroom, board: CreatedBoard) {
  const room = await app.rooms.open(board.id);
  if (!room) throw new Error('board vanished');
  const ids = [...room.doc.getMap('items').keys()];
  const take: number[] = [];
  let last = 0;
  let v1 = 0;
  let v2 = 0;
  for (let v = 0; v < VERSIONS; v++) {
    for (let k = 0; k < MOVED_PER_VERSION; k++) {
      const id = ids[(v * 997 + k * 131) % ids.length] as string;
      updateItem(room.doc, id, { progress: (v + k) % 101 });
    }
    const t0 = performance.now();
    last = (await app.rooms.history.take(room, 'auto', null)).id;
    take.push(performance.now() - t0);
    if (v % 50 === 49) say(`${v + 1} versions… `);
  }
  v1 = Y.encodeStateAsUpdate(room.doc).length;
  v2 = Y.encodeStateAsUpdateV2(room.doc).length;
  const encode = await timed(5, () => Y.encodeStateAsUpdateV2(room.doc));
  // the reader thread fills each version's JSON after it is written; an open queues behind
  // every fill still pending, so this waits for all of them
  const t0 = performance.now();
  await app.store.versionJson(board.id, last);
  const fillAll = performance.now() - t0;
  return { take: median(take), encode: encode.median, v1, v2, fillAll };
}

function storedBytes(dataDir: string, boardId: string): { data: number; json: number } {
  const db = new Database(join(dataDir, 'planroom.sqlite'), { readonly: true });
  try {
    return db
      .prepare('SELECT SUM(length(data)) AS data, SUM(length(json_gz)) AS json FROM versions WHERE board_id = ?')
      .get(boardId) as { data: number; json: number };
  } finally {
    db.close();
  }
}

/** Drops a version's stored JSON, as a row written before the `version-json` migration. */
function forgetJson(dataDir: string, versionId: number): void {
  const db = new Database(join(dataDir, 'planroom.sqlite'));
  try {
    db.prepare('UPDATE versions SET json_gz = NULL WHERE id = ?').run(versionId);
  } finally {
    db.close();
  }
}

export async function historyBench(): Promise<Result[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'planroom-bench-history-'));
  try {
    let app = await start(dataDir);
    const board = await createBoardHttp(app.url, { board: bigBoardJson(SIZE) });
    const made = await makeVersions(app, board);
    await app.close();
    const bytes = storedBytes(dataDir, board.id);

    // a restarted server: nothing loaded, as when a viewer opens the history panel
    app = await start(dataDir);
    const api = async (path: string, init: RequestInit = {}, token = board.tokens.viewer) => {
      const url = `${app.url}/api/boards/${board.id}/${path}`;
      const request = () => fetch(url, { ...init, headers: { authorization: `Bearer ${token}` } });
      // undici may reuse a keep-alive socket the server is closing (ECONNRESET): once more
      return request().catch(request);
    };
    try {
      const list = await timed(20, async () => (await api('versions')).json());
      const { versions } = (await (await api('versions')).json()) as VersionList;
      const middle = versions[Math.floor(versions.length / 2)]?.id ?? 0;
      const openHttp = await timed(10, async () => (await api(`versions/${middle}`)).json());
      const openServer = await timed(10, () => app.store.versionJson(board.id, middle));
      const openGzip = await timed(10, () => app.store.versionJsonGzip(board.id, middle));
      // a row from before the migration: decoded on its first open (and its JSON stored)
      const old = versions[Math.floor(versions.length / 2) + 1]?.id ?? 0;
      forgetJson(dataDir, old);
      const openOld = await timed(1, () => app.store.versionJson(board.id, old));
      say(
        `list ${list.median.toFixed(0)} ms, open ${openServer.median.toFixed(0)} ms (HTTP ${openHttp.median.toFixed(0)} ms)… `,
      );
      const rssBefore = process.memoryUsage().rss;
      const heapBefore = process.memoryUsage().heapUsed;
      const loop = monitorEventLoopDelay({ resolution: 10 });
      loop.enable();
      const scrub = await timed(versions.length, async () => {
        const v = versions.pop();
        if (v) await (await api(`versions/${v.id}`)).json();
        if (versions.length % 50 === 0) say(`${versions.length} left to scrub… `);
      });
      loop.disable();
      const rssAfter = process.memoryUsage().rss;
      const heapAfter = process.memoryUsage().heapUsed;
      const oldest = (await (await api('versions')).json()) as VersionList;
      const target = oldest.versions.at(-1)?.id ?? 0;
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const res = await api(`versions/${target}/restore`, { method: 'POST' }, board.tokens.owner);
      const restored = (await res.json()) as RestoredVersion;
      const restoreMs = performance.now() - t0;
      const restoreCpu = cpuMs(c0);
      if (res.status !== 200) throw new Error(`restore answered ${res.status}`);
      const t1 = performance.now();
      await api(`versions/${restored.undo.id}/restore`, { method: 'POST' }, board.tokens.owner);
      const undoMs = performance.now() - t1;
      const size = `${SIZE.items} items, ${VERSIONS} versions`;
      return [
        {
          name: 'history: list versions',
          value: list.median,
          unit: 'ms',
          target: atMost(100),
          note: `${size}; GET /versions, median of 20, in-process server and client; CPU ${list.cpu.toFixed(0)} ms`,
        },
        {
          name: 'history: open one version (server)',
          value: openServer.median,
          unit: 'ms',
          target: atMost(500),
          note:
            `Store.versionJson on the reader thread: read the stored gzipped Board JSON, gunzip; median of 10; CPU (all threads) ${openServer.cpu.toFixed(0)} ms; ` +
            `the gzip bytes alone (what GET sends to a client taking gzip) ${openGzip.median.toFixed(0)} ms (CPU ${openGzip.cpu.toFixed(0)} ms); ` +
            `over HTTP ${openHttp.median.toFixed(0)} ms (CPU ${openHttp.cpu.toFixed(0)} ms, client gunzip and parse included); ` +
            `a row without stored JSON (decode, migrate, export, gzip, store) ${openOld.median.toFixed(0)} ms (CPU ${openOld.cpu.toFixed(0)} ms)`,
        },
        {
          name: 'history: restore the oldest version',
          value: restoreMs,
          unit: 'ms',
          target: null,
          note: `POST restore: before-restore version, one transaction, stored; CPU ${restoreCpu.toFixed(0)} ms; undoing it ${undoMs.toFixed(0)} ms`,
        },
        {
          name: 'history: RSS after scrubbing all versions',
          value: Math.round(rssAfter / 2 ** 20),
          unit: 'MB',
          target: null,
          note:
            `before ${mb(rssBefore)}, after ${mb(rssAfter)} (heap ${mb(heapBefore)} -> ${mb(heapAfter)}); ` +
            `${VERSIONS} GETs one by one, median ${scrub.median.toFixed(0)} ms each (CPU ${scrub.cpu.toFixed(0)} ms); ` +
            `event loop delay max ${(loop.max / 1e6).toFixed(0)} ms`,
        },
        {
          name: 'history: stored size of a version',
          value: Math.round(bytes.data / VERSIONS),
          unit: 'bytes',
          target: null,
          note:
            `V2 ${made.v2} B vs V1 ${made.v1} B for the same state (${((1 - made.v2 / made.v1) * 100).toFixed(0)}% smaller); ` +
            `${mb(bytes.data)} for all, plus ${mb(bytes.json)} of gzipped JSON (${Math.round(bytes.json / VERSIONS)} B each); ` +
            `taking one ${made.take.toFixed(0)} ms (encode ${made.encode.toFixed(0)} ms); ` +
            `filling the JSON of all ${VERSIONS} on the reader thread ${(made.fillAll / 1000).toFixed(1)} s after the last was taken`,
        },
      ];
    } finally {
      await app.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  printTable(await historyBench());
}
