import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Result } from './report.js';

const serverDir = fileURLToPath(new URL('..', import.meta.url));
const RUNS = 5;
const TICK_MS = 1000 / 100; // USER_HZ on Linux: /proc times are in 1/100 s
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

/** RSS (MB) and CPU (ms, user + system, all threads) of a running process, from /proc. */
function usage(pid: number): { rssMB: number; cpuMs: number } {
  const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  // fields after the command name (which sits in parentheses and may hold spaces)
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  const ticks = Number(stat[11]) + Number(stat[12]);
  return { rssMB: Number(rss) / 1024, cpuMs: ticks * TICK_MS };
}

/** Starts the server with `args`, times process start to its "listening" line, then stops it. */
async function once(args: string[], dataDir: string) {
  const t0 = performance.now();
  const proc: ChildProcess = spawn(process.execPath, args, {
    cwd: serverDir,
    env: { ...process.env, PORT: '0', PLANROOM_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    let out = '';
    const listeningMs = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`server did not start in 30 s:\n${out}`)), 30_000);
      proc.stdout?.on('data', (d: Buffer) => {
        out += String(d);
        if (/listening on/.test(out)) {
          clearTimeout(timer);
          resolve(performance.now() - t0);
        }
      });
      proc.stderr?.on('data', (d: Buffer) => {
        out += String(d);
      });
      proc.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${out}`)));
    });
    const atListen = usage(proc.pid ?? 0);
    // settled: the store threads are up and the start's garbage is there to be seen
    await new Promise((r) => setTimeout(r, 2000));
    const settled = usage(proc.pid ?? 0);
    return { listeningMs, cpuMs: atListen.cpuMs, rssMB: atListen.rssMB, settledMB: settled.rssMB };
  } finally {
    const exited = new Promise((r) => proc.once('exit', r));
    proc.kill('SIGTERM');
    await exited;
  }
}

async function variant(label: string, args: string[], dataDir: string): Promise<Result[]> {
  await once(args, dataDir); // warms the OS file cache (and creates the demo board once)
  const runs: Array<Awaited<ReturnType<typeof once>>> = [];
  for (let i = 0; i < RUNS; i++) runs.push(await once(args, dataDir));
  const fmt = (f: (r: (typeof runs)[number]) => number) => runs.map((r) => f(r).toFixed(0)).join(', ');
  return [
    {
      name: `start, ${label}: process start -> listening`,
      value: median(runs.map((r) => r.listeningMs)),
      unit: 'ms',
      target: null,
      note: `median of ${RUNS} [${fmt((r) => r.listeningMs)}]; CPU to listening ${median(runs.map((r) => r.cpuMs)).toFixed(0)} ms [${fmt((r) => r.cpuMs)}]`,
    },
    {
      name: `start, ${label}: RSS at listening / 2 s later`,
      value: median(runs.map((r) => r.rssMB)),
      unit: 'MB',
      target: null,
      note: `2 s later ${median(runs.map((r) => r.settledMB)).toFixed(1)} MB [${fmt((r) => r.settledMB)}]`,
    },
  ];
}

/**
 * Start time and memory of the production server: `node dist/main.js` (what `pnpm start`
 * runs, built here first) beside the same code run through tsx, as `pnpm start` did before.
 * Each on an empty board list but its demo board, so the figures are the server's own.
 */
export async function startBench(): Promise<Result[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'planroom-bench-start-'));
  try {
    const b0 = performance.now();
    execFileSync(process.execPath, ['build.mjs'], { cwd: serverDir, stdio: 'ignore' });
    const buildMs = performance.now() - b0;
    const built = await variant('compiled (node dist/main.js)', ['dist/main.js'], dataDir);
    const tsx = await variant('tsx (node --import tsx src/main.ts)', ['--import', 'tsx', 'src/main.ts'], dataDir);
    return [
      ...built,
      ...tsx,
      {
        name: 'start: build (node build.mjs)',
        value: buildMs,
        unit: 'ms',
        target: null,
        note: 'esbuild, once per `pnpm start`',
      },
    ];
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
