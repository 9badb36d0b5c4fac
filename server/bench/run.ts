/**
 * `pnpm bench`: every server benchmark in sequence, one table, and JSON results in
 * bench-results/server.json. `BENCH_ONLY=latency,appends,store,cold,big,workshop,history,start,cluster` runs a subset;
 * `BENCH_CPU_PROF=1` leaves .cpuprofile files of the child servers in bench-results/profiles.
 */
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { storeBench } from './appends-store.js';
import { writePathBench } from './appends-write-path.js';
import { bigUpdatesBench } from './big-updates.js';
import { clusterBench } from './cluster.js';
import { coldLoadBench } from './cold-load.js';
import { historyBench } from './history.js';
import { latencyBench } from './latency.js';
import { load1, printTable, type Result, writeJson } from './report.js';
import { startBench } from './start.js';
import { workshopBench } from './workshop.js';

const OUT = fileURLToPath(new URL('../../bench-results/server.json', import.meta.url));
/** Each bench bounds its own loops; this catches anything that still hangs. */
const WATCHDOG_MS = 12 * 60_000;

// y-websocket adds a process 'exit' listener per provider; hundreds of clients are intended.
process.setMaxListeners(0);

const benches: Array<[string, string, () => Promise<Result[]> | Result[]]> = [
  [
    'latency',
    'sync latency, 200 connections (Planroom, then the reference y-websocket@1)',
    () => latencyBench({ boards: 20, perBoard: 10, rate: 200, seconds: 10, warmupSeconds: 1 }),
  ],
  [
    'latency',
    'sync latency, 1,000 connections (Planroom, then the reference)',
    // issue 14's second load: 1,000 connections on 200 boards at 1,000 updates/s
    () => latencyBench({ boards: 200, perBoard: 5, rate: 1000, seconds: 10, warmupSeconds: 1, p99Target: 10 }),
  ],
  [
    'appends',
    'durable appends, write path',
    () => writePathBench({ boards: 20, window: 128, seconds: 5, warmupSeconds: 1 }),
  ],
  ['store', 'durable appends, raw store', storeBench],
  ['cold', 'cold load of a 10,000-item board', coldLoadBench],
  [
    'big',
    'big updates: 2 writers x 64 KiB every 40 ms',
    () => bigUpdatesBench({ writers: 2, recordBytes: 64 * 1024, everyMs: 40, seconds: 15 }),
  ],
  [
    'workshop',
    'live workshop: 5 editors, then 50 cursors',
    () =>
      workshopBench({
        editors: 5,
        editorRate: 10,
        observers: 5,
        participants: 50,
        receivers: 3,
        seconds: 10,
        warmupSeconds: 1,
      }),
  ],
  ['history', 'version history: 5,000 items, 200 versions', historyBench],
  ['start', 'server start: compiled against tsx', startBench],
  [
    'cluster',
    '3 processes on PostgreSQL + Redis beside one SQLite process',
    () => clusterBench({ processes: 3, boards: 200, connections: 1000, rate: 1000, seconds: 10, warmupSeconds: 2 }),
  ],
];

async function main(): Promise<void> {
  const watchdog = setTimeout(() => {
    console.error(`bench: still running after ${WATCHDOG_MS / 1000} s; giving up`);
    process.exit(2);
  }, WATCHDOG_MS);
  watchdog.unref();
  const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim());
  const started = performance.now();
  const loadAtStart = load1();
  console.log(
    `Planroom server benchmarks: node ${process.version}, ${cpus().length} CPUs, ${(totalmem() / 2 ** 30).toFixed(1)} GB, ` +
      `load average ${loadAtStart}`,
  );
  if (loadAtStart > cpus().length / 2) console.log('warning: the machine is busy; latency figures will be noisy');
  console.log(
    'Sync benches run the server in a child process (bench/server-child.ts) and every client in this one,\n' +
      'over real sockets on 127.0.0.1 with the stock y-websocket WebsocketProvider; SQLite synchronous=FULL.\n',
  );
  const results: Result[] = [];
  for (const [key, title, bench] of benches) {
    if (only && !only.includes(key)) continue;
    const t0 = performance.now();
    process.stdout.write(`${title} ... `);
    try {
      results.push(...(await bench()));
      console.log(`${((performance.now() - t0) / 1000).toFixed(1)} s`);
    } catch (err) {
      console.log('FAILED');
      console.error(err);
      process.exitCode = 1;
    }
  }
  console.log('');
  printTable(results);
  writeJson(OUT, results, loadAtStart);
  console.log(`load average ${loadAtStart} at start, ${load1()} at end`);
  console.log(`\n${results.length} results in ${OUT} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  console.log('Targets are information, not assertions: a MISS does not fail the run.');
}

await main();
