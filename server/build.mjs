// `pnpm build` (and `pnpm start`, which runs it first): bundles the server into dist/ as
// plain JavaScript, so production runs `node` with no TypeScript loader. @planroom/shared
// is TypeScript source, so it is bundled in (with its own dependencies); the server's
// dependencies stay external, resolved from node_modules as usual (better-sqlite3 is
// native and cannot be bundled; yjs must stay one copy).
import { readFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
// `node build.mjs bench`: the benchmarks' child servers (Planroom's and the reference), so
// they run compiled code like production, into dist/bench
const bench = process.argv[2] === 'bench';
const deps = Object.keys({ ...pkg.dependencies, ...(bench ? pkg.devDependencies : {}) });
const external = deps.filter((name) => !name.startsWith('@planroom/'));
const outdir = bench ? 'dist/bench' : 'dist';
const entryPoints = bench
  ? {
      'server-child': 'bench/server-child.ts',
      'ref-server-child': 'bench/ref-server-child.ts',
      'store-worker': 'src/store/store-worker.ts',
    }
  : // the store worker is its own entry: worker-store.ts starts store-worker.js beside the bundle
    { main: 'src/main.ts', 'store-worker': 'src/store/store-worker.ts' };

const started = performance.now();
// chunk names carry a hash: a stale one from an earlier build must not linger
rmSync(new URL(`./${outdir}`, import.meta.url), { recursive: true, force: true });
await build({
  entryPoints,
  outdir,
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
console.log(
  `[planroom] ${bench ? 'bench servers' : 'server'} built into ${outdir}/ in ${(performance.now() - started).toFixed(0)} ms`,
);
