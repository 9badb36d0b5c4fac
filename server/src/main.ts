import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startPlanroom } from './app.js';
import { consoleLogger } from './log.js';

/** `pnpm start`: one port for client, API and sync, on the embedded SQLite store. */
async function main(): Promise<void> {
  const env = process.env;
  const dataDir = resolve(env.PLANROOM_DATA_DIR ?? join(process.cwd(), 'data'));
  const port = Number(env.PORT ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, not ${env.PORT}`);
  const app = await startPlanroom({
    dataDir,
    port,
    host: env.HOST ?? '127.0.0.1',
    secret: env.PLANROOM_SECRET,
    publicUrl: env.PLANROOM_PUBLIC_URL,
    clientDist: env.PLANROOM_CLIENT_DIST,
    synchronous: env.PLANROOM_SYNC === 'normal' ? 'normal' : 'full',
    databaseUrl: env.PLANROOM_DATABASE_URL || undefined,
    databaseSchema: env.PLANROOM_DATABASE_SCHEMA || undefined,
    redisUrl: env.PLANROOM_REDIS_URL || undefined,
    redisPrefix: env.PLANROOM_REDIS_PREFIX || undefined,
  });
  const base = env.PLANROOM_PUBLIC_URL ?? `http://localhost:${app.port}`;
  if (!env.PLANROOM_DATA_DIR) consoleLogger.info('set PLANROOM_DATA_DIR to keep boards elsewhere');
  const where = env.PLANROOM_DATABASE_URL
    ? `boards in PostgreSQL${env.PLANROOM_REDIS_URL ? ', fan-out through Redis' : ''}`
    : `data in ${dataDir}`;
  consoleLogger.info(`listening on ${base} (${where})`);
  if ((await app.store.boardCount()) === 0) await printDemo(app, dataDir, base);
  else if (existsSync(join(dataDir, 'demo-board'))) {
    const demo = readFileSync(join(dataDir, 'demo-board'), 'utf8').trim();
    consoleLogger.info(`demo board: ${base}/b/${demo} (\`pnpm links ${demo}\` prints its links)`);
  }

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    consoleLogger.info(`${signal}: storing boards and closing`);
    app.close().then(
      () => process.exit(0),
      (err: unknown) => {
        consoleLogger.error(`shutdown failed: ${(err as Error).message}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

async function printDemo(app: Awaited<ReturnType<typeof startPlanroom>>, dataDir: string, base: string): Promise<void> {
  const created = await app.createBoard({ template: 'it-portfolio', name: 'IT PMO portfolio (demo)' }, base);
  if (!created.ok) {
    consoleLogger.error(`could not create the demo board: ${created.problems.map((p) => p.reason).join('; ')}`);
    return;
  }
  // in cluster mode nothing else writes the data dir
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(join(dataDir, 'demo-board'), created.board.id);
  // Shown once, on the console of whoever started the server: these links are the keys.
  console.log(
    `\n  Demo board "${created.board.name}" created.\n  Editor link: ${created.board.links.editor}\n  Viewer link: ${created.board.links.viewer}\n  \`pnpm links ${created.board.id}\` prints them again, with the owner link.\n`,
  );
}

main().catch((err: unknown) => {
  consoleLogger.error((err as Error).message);
  process.exit(1);
});
