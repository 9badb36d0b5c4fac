// Runs `vite build` only when client/dist/index.html is missing or older than any source
// it is built from (client/src, client/index.html, shared/src), so `pnpm start` is fast.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const client = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(client, 'dist', 'index.html');
const sources = [
  join(client, 'src'),
  join(client, 'index.html'),
  join(client, 'vite.config.ts'),
  join(client, '..', 'shared', 'src'),
];

function newestMtime(path) {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules') continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

let builtAt = 0;
try {
  builtAt = statSync(built).mtimeMs;
} catch {}

const sourcesAt = Math.max(...sources.map(newestMtime));
if (builtAt && builtAt >= sourcesAt) {
  console.log('client: dist is up to date, skipping build');
} else {
  console.log(
    `[planroom] ${builtAt ? 'client sources changed' : 'no client build yet'}: building it with Vite (about 15 s)`,
  );
  const vite = join(client, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build'], { cwd: client, stdio: 'inherit' });
  process.exit(result.status ?? 1);
}
