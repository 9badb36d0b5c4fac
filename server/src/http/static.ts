import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';

/** Serves the built client; every other page path gets index.html (client-side routes). */
export function mountClient(app: Hono, distDir: string): void {
  const indexFile = join(distDir, 'index.html');
  app.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.ok) c.header('cache-control', 'public, max-age=31536000, immutable');
  });
  if (existsSync(distDir)) app.use('/*', serveStatic({ root: distDir }));
  app.get('*', (c) => {
    if (!existsSync(indexFile)) {
      return c.text('The client is not built. Run `pnpm start` (it builds it) or `pnpm build`.', 503);
    }
    c.header('cache-control', 'no-cache');
    c.header('referrer-policy', 'no-referrer');
    return c.html(readFileSync(indexFile, 'utf8'));
  });
}
