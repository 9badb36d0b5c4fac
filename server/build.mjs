// `pnpm build` (and `pnpm start`, which runs it first): bundles the server into dist/ as
// plain JavaScript, so production runs `node` with no TypeScript loader. @planroom/shared
// is TypeScript source, so it is bundled in (with its own dependencies); the server's
// dependencies stay external, resolved from node_modules as usual (better-sqlite3 is
// native and cannot be bundled; yjs must stay one copy).
import { readFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const external = Object.keys(pkg.dependencies).filter((name) => !name.startsWith('@planroom/'));

const started = performance.now();
// chunk names carry a hash: a stale one from an earlier build must not linger
rmSync(new URL('./dist', import.meta.url), { recursive: true, force: true });
await build({
  // the store worker is its own entry: worker-store.ts starts dist/store-worker.js
  entryPoints: { main: 'src/main.ts', 'store-worker': 'src/store/store-worker.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external,
  splitting: true,
  sourcemap: true,
  logLevel: 'warning',
  // bundled CommonJS (papaparse) may call require(); ESM output has none of its own
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
});
console.log(`[planroom] server built into dist/ in ${(performance.now() - started).toFixed(0)} ms`);
