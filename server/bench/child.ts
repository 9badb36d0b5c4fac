import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ChildStats } from './server-child.js';

const serverDir = fileURLToPath(new URL('..', import.meta.url));
/** Where `BENCH_CPU_PROF=1` leaves the server's .cpuprofile files. */
export const PROFILE_DIR = fileURLToPath(new URL('../../bench-results/profiles', import.meta.url));

let built = false;
/**
 * The child servers run compiled, as `pnpm start` runs the server (no tsx loader in their
 * CPU, memory or profiles): `node build.mjs bench`, once per bench process.
 */
function buildChildren(): void {
  // a `node build.mjs` meanwhile (the start bench) clears dist/, this build with it
  if (built && existsSync(join(serverDir, 'dist/bench/server-child.js'))) return;
  execFileSync(process.execPath, ['build.mjs', 'bench'], { cwd: serverDir, stdio: 'ignore' });
  built = true;
}

/** Shared by child and in-process bench servers, so tokens work on either over one data dir. */
export const BENCH_SECRET = 'bench-secret-0123456789';

export interface BenchServer {
  url: string;
  wsBase: string;
  seqs(boards: string[]): Promise<number>;
  stats(): Promise<ChildStats>;
  /** The exit code if the server process has ended (on its own, or by `close`). */
  exitCode(): number | null | undefined;
  /** The reference server only: puts `update` into each named board's document (it stores nothing). */
  seed(boards: string[], update: Uint8Array): Promise<void>;
  close(): Promise<void>;
}

/** Planroom (`server-child.ts`) or the reference y-websocket@1 server (`ref-server-child.ts`). */
export type ServerKind = 'planroom' | 'reference';

/**
 * Starts `bench/server-child.ts`, compiled (durable `synchronous=FULL`) on a fresh data dir that it
 * deletes when closed, or on `existingDir`, which it leaves in place; or, for `reference`,
 * the in-memory y-websocket@1 server (`bench/ref-server-child.ts`; no data dir is used).
 */
export async function spawnBenchServer(
  label: string,
  existingDir?: string,
  kind: ServerKind = 'planroom',
): Promise<BenchServer> {
  const dataDir = existingDir ?? mkdtempSync(join(tmpdir(), 'planroom-bench-'));
  buildChildren();
  const args: string[] = [];
  if (process.env.BENCH_CPU_PROF) {
    // one folder per bench
    const dir = join(PROFILE_DIR, label);
    mkdirSync(dir, { recursive: true });
    args.push('--cpu-prof', `--cpu-prof-dir=${dir}`);
  }
  const script = kind === 'reference' ? 'dist/bench/ref-server-child.js' : 'dist/bench/server-child.js';
  const proc: ChildProcess = spawn(process.execPath, [...args, script], {
    cwd: serverDir,
    env: { ...process.env, BENCH_DATA_DIR: dataDir, BENCH_KEEP_DATA: existingDir ? '1' : '' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const waiting = new Map<number, (value: unknown) => void>();
  let nextId = 1;
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('bench server did not start in 30 s')), 30_000);
    proc.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
    proc.on('message', (msg: { ready?: string; id?: number; value?: unknown }) => {
      if (msg.ready) {
        clearTimeout(timer);
        resolve(msg.ready);
      } else if (msg.id !== undefined) {
        waiting.get(msg.id)?.(msg.value);
        waiting.delete(msg.id);
      }
    });
  });
  let exitCode: number | null | undefined;
  const exited = new Promise<void>((resolve) =>
    proc.once('exit', (code) => {
      exitCode = code;
      resolve();
    }),
  );
  const ask = <T>(req: object): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++;
      const timer = setTimeout(() => reject(new Error(`bench server did not answer ${JSON.stringify(req)}`)), 30_000);
      waiting.set(id, (v) => {
        clearTimeout(timer);
        resolve(v as T);
      });
      proc.send({ id, ...req });
    });
  return {
    url,
    // the reference takes the board id as the whole path
    wsBase: kind === 'reference' ? url.replace('http', 'ws') : `${url.replace('http', 'ws')}/ws`,
    seqs: (boards) => ask<number>({ cmd: 'seqs', boards }),
    stats: () => ask<ChildStats>({ cmd: 'stats' }),
    exitCode: () => exitCode,
    seed: (boards, update) => ask<void>({ cmd: 'seed', boards, update: Array.from(update) }),
    async close() {
      // a hung shutdown must not hang the whole run: kill it after 15 s
      const killer = setTimeout(() => proc.kill('SIGKILL'), 15_000);
      await ask({ cmd: 'close' }).catch(() => proc.kill('SIGKILL'));
      await exited;
      clearTimeout(killer);
    },
  };
}
