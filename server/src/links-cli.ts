import { LinksError, linksReport } from './linksReport.js';

/** `pnpm links [boardId]` (see linksReport). */
const [boardId, ...extra] = process.argv.slice(2);
try {
  if (extra.length) throw new LinksError('usage: pnpm links [boardId]');
  process.stdout.write(linksReport(process.env, boardId));
} catch (err) {
  process.stderr.write(`${err instanceof LinksError ? err.message : (err as Error).stack}\n`);
  process.exitCode = 1;
}
