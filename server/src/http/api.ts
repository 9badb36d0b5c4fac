import { TEMPLATES } from '@planroom/shared';
import type { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Rooms } from '../rooms/rooms.js';
import {
  authorize,
  type BoardsDeps,
  bearer,
  boardInfo,
  createBoard,
  exportJson,
  notAnObject,
  publicOrigin,
} from './boards.js';

const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

const statusText = { 401: 'missing or invalid token', 404: 'no such board' } as const;

export function mountApi(app: Hono, deps: BoardsDeps & { rooms: Rooms }): void {
  app.get('/health', async (c) => c.json({ ok: true, boards: await deps.store.boardCount(), loaded: deps.rooms.size }));

  app.get('/api/templates', (c) => c.json(Object.entries(TEMPLATES).map(([id, name]) => ({ id, name }))));

  app.post(
    '/api/boards',
    bodyLimit({
      maxSize: MAX_IMPORT_BYTES,
      onError: (c) => c.json({ error: `request body is larger than ${MAX_IMPORT_BYTES} bytes`, problems: [] }, 413),
    }),
    async (c) => {
      let body: unknown = {};
      const raw = await c.req.text();
      if (raw.trim()) {
        try {
          body = JSON.parse(raw);
        } catch (err) {
          return c.json({ error: `request body is not valid JSON: ${(err as Error).message}`, problems: [] }, 400);
        }
      }
      const kind = notAnObject(body);
      if (kind) {
        const error = `request body must be a JSON object such as {"template":"it-portfolio"}, not ${kind}; nothing was created`;
        return c.json({ error, problems: [] }, 400);
      }
      const result = await createBoard(deps, body, publicOrigin(deps, c));
      if (!result.ok) {
        return c.json(
          {
            error: `the board has ${result.problems.length} problem(s); nothing was created`,
            problems: result.problems.slice(0, 1000),
          },
          400,
        );
      }
      c.header('cache-control', 'no-store');
      return c.json(result.board, 201);
    },
  );

  app.get('/api/boards/:id', async (c) => {
    const access = await authorize(deps, c.req.param('id'), bearer(c));
    if (typeof access === 'number') return c.json({ error: statusText[access] }, access);
    c.header('cache-control', 'no-store'); // owners and editors get links, which hold tokens
    return c.json(await boardInfo(deps, access.board, access.role, publicOrigin(deps, c)));
  });

  app.get('/api/boards/:id/export', async (c) => {
    const access = await authorize(deps, c.req.param('id'), bearer(c));
    if (typeof access === 'number') return c.json({ error: statusText[access] }, access);
    const json = await exportJson(deps, access.board.id);
    const file = `${json.name.replace(/[^\w.-]+/g, '-').slice(0, 60) || 'board'}.planroom.json`;
    c.header('content-disposition', `attachment; filename="${file}"`);
    return c.json(json);
  });
}
