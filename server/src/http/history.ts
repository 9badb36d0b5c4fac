import { type BoardJson, MAX_VERSION_NAME, type Role, type VersionAnswer, type VersionList } from '@planroom/shared';
import type { Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { BoardRecord } from '../store/store.js';
import { authorize, type BoardsDeps, bearer, notAnObject } from './boards.js';

const DENIED = { 401: 'missing or invalid token', 404: 'no such board' } as const;
const MAX_BODY_BYTES = 4 * 1024;

/** The caller's board and role, or the answer that refuses them. */
async function access(deps: BoardsDeps, c: Context): Promise<{ board: BoardRecord; role: Role } | Response> {
  const result = await authorize(deps, c.req.param('id') ?? '', bearer(c));
  return typeof result === 'number' ? c.json({ error: DENIED[result] }, result) : result;
}

/** A version id from the path; anything but a positive whole number names no version. */
function versionId(c: Context): number | null {
  const raw = c.req.param('vid') ?? '';
  return /^[1-9]\d{0,15}$/.test(raw) ? Number(raw) : null;
}

/** `{ name }` from the body, or why it is not acceptable. */
async function nameFrom(c: Context): Promise<{ name: string } | { error: string }> {
  let body: unknown;
  try {
    body = JSON.parse(await c.req.text());
  } catch (err) {
    return { error: `request body is not valid JSON: ${(err as Error).message}` };
  }
  const kind = notAnObject(body);
  if (kind) return { error: `request body must be a JSON object such as {"name":"Before Q3 QBR"}, not ${kind}` };
  const name = (body as { name?: unknown }).name;
  if (typeof name !== 'string') return { error: 'name must be a string, such as "Before Q3 QBR"' };
  const trimmed = name.trim();
  if (!trimmed) return { error: 'name must not be empty' };
  if (trimmed.length > MAX_VERSION_NAME) return { error: `name must be at most ${MAX_VERSION_NAME} characters` };
  return { name: trimmed };
}

/** Whether an Accept-Encoding header takes gzip (listed, or `*`, without `q=0`). */
export function acceptsGzip(header: string | undefined): boolean {
  return (header ?? '').split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    const refused = params.some((p) => /^\s*q\s*=\s*0(\.0*)?\s*$/.test(p));
    return (coding === 'gzip' || coding === '*') && !refused;
  });
}

/** A version's JSON, gzipped or as text. */
function openVersion(deps: BoardsDeps, boardId: string, vid: number, gzip: boolean) {
  return gzip ? deps.store.versionJsonGzip(boardId, vid) : deps.store.versionJson(boardId, vid);
}

const small = bodyLimit({
  maxSize: MAX_BODY_BYTES,
  onError: (c) => c.json({ error: `request body is larger than ${MAX_BODY_BYTES} bytes` }, 413),
});

/**
 * Version history: list, name, rename, open one (Board JSON) and restore. Roles are
 * checked here on every call: anyone with a link reads, owners and editors name and
 * rename, owners alone restore.
 */
export function mountHistory(app: Hono, deps: BoardsDeps): void {
  const base = '/api/boards/:id/versions';
  app.get(base, async (c) => {
    const caller = await access(deps, c);
    if (caller instanceof Response) return caller;
    const answer: VersionList = { versions: await deps.store.listVersions(caller.board.id) };
    return c.json(answer);
  });

  app.post(base, small, async (c) => {
    const caller = await access(deps, c);
    if (caller instanceof Response) return caller;
    if (caller.role === 'viewer') return c.json({ error: 'viewers cannot name versions' }, 403);
    const body = await nameFrom(c);
    if ('error' in body) return c.json({ error: `${body.error}; no version was taken` }, 400);
    const room = await deps.rooms.open(caller.board.id);
    if (!room) return c.json({ error: DENIED[404] }, 404);
    const answer: VersionAnswer = { version: await deps.rooms.history.take(room, 'named', body.name) };
    return c.json(answer, 201);
  });

  app.patch(`${base}/:vid`, small, async (c) => {
    const caller = await access(deps, c);
    if (caller instanceof Response) return caller;
    if (caller.role === 'viewer') return c.json({ error: 'viewers cannot rename versions' }, 403);
    const vid = versionId(c);
    if (vid === null || !(await deps.store.getVersion(caller.board.id, vid)))
      return c.json({ error: 'no such version' }, 404);
    const body = await nameFrom(c);
    if ('error' in body) return c.json({ error: `${body.error}; the version was not renamed` }, 400);
    const version = await deps.store.renameVersion(caller.board.id, vid, body.name);
    if (!version) return c.json({ error: 'no such version' }, 404);
    const answer: VersionAnswer = { version };
    return c.json(answer);
  });

  app.get(`${base}/:vid`, async (c) => {
    const caller = await access(deps, c);
    if (caller instanceof Response) return caller;
    const vid = versionId(c);
    const gzip = acceptsGzip(c.req.header('accept-encoding'));
    const json = vid === null ? null : await openVersion(deps, caller.board.id, vid, gzip);
    if (json === null) return c.json({ error: 'no such version' }, 404);
    // the store's reader thread wrote the JSON; it is sent as it is, not parsed and written
    // again, and gzipped as stored when the client takes that (every browser does)
    const headers: Record<string, string> = {
      'content-type': 'application/json; charset=UTF-8',
      vary: 'accept-encoding',
    };
    if (typeof json === 'string') return c.body(json, 200, headers);
    return c.body(json as Uint8Array<ArrayBuffer>, 200, { ...headers, 'content-encoding': 'gzip' });
  });

  app.post(`${base}/:vid/restore`, async (c) => {
    const caller = await access(deps, c);
    if (caller instanceof Response) return caller;
    if (caller.role !== 'owner') return c.json({ error: 'only the board owner can restore versions' }, 403);
    const vid = versionId(c);
    const version = vid === null ? null : await deps.store.getVersion(caller.board.id, vid);
    if (!version) return c.json({ error: 'no such version' }, 404);
    const text = await deps.store.versionJson(caller.board.id, version.id);
    if (text === null) return c.json({ error: 'no such version' }, 404);
    // the room is opened after the decode, so it cannot have been unloaded meanwhile
    const room = await deps.rooms.open(caller.board.id);
    if (!room) return c.json({ error: DENIED[404] }, 404);
    if (room.refusal) return c.json({ error: room.refusal.reason }, 409);
    return c.json(await deps.rooms.history.restore(room, version, JSON.parse(text) as BoardJson));
  });
}
