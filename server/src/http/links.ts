import { CLOSE, LINK_ROTATED, ROLES, type Role, type RotatedLink, type SocketTicket } from '@planroom/shared';
import type { Context, Hono } from 'hono';
import { newRoleKey } from '../auth.js';
import type { Logger } from '../log.js';
import type { BoardRecord } from '../store/store.js';
import type { Tickets } from '../tickets.js';
import { authorize, type BoardsDeps, bearer, boardLink, boardLinks, LINKS_SEEN_BY, publicOrigin } from './boards.js';

export type LinksDeps = BoardsDeps & { tickets: Tickets; log: Logger };

const DENIED = { 401: 'missing or invalid token', 404: 'no such board' } as const;

const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

/** The caller's board and role, or the answer that refuses them. */
async function access(deps: LinksDeps, c: Context): Promise<{ board: BoardRecord; role: Role } | Response> {
  const result = await authorize(deps, c.req.param('id') ?? '', bearer(c));
  if (typeof result === 'number') return c.json({ error: DENIED[result] }, result);
  // answers here carry tokens or stand-ins for them: never cache them anywhere
  c.header('cache-control', 'no-store');
  return result;
}

/**
 * Links and tickets: `GET /api/boards/:id/links`, `POST /api/boards/:id/links/:role/rotate`
 * (owners only) and `POST /api/boards/:id/ticket`.
 */
export function mountLinks(app: Hono, deps: LinksDeps): void {
  app.get('/api/boards/:id/links', async (c) => {
    const caller = await access(deps, c);
    if (caller instanceof Response) return caller;
    const roles = LINKS_SEEN_BY[caller.role];
    if (!roles.length) return c.json({ error: 'viewers cannot see the share links' }, 403);
    return c.json(boardLinks(deps.auth, publicOrigin(deps, c), caller.board, roles));
  });

  app.post('/api/boards/:id/links/:role/rotate', async (c) => {
    const caller = await access(deps, c);
    if (caller instanceof Response) return caller;
    if (caller.role !== 'owner') return c.json({ error: 'only the board owner can reset links' }, 403);
    const role = c.req.param('role');
    if (!isRole(role)) return c.json({ error: `no link called "${role}"; use owner, editor or viewer` }, 400);
    const board = await rotate(deps, caller.board, role);
    const base = publicOrigin(deps, c);
    const answer: RotatedLink = {
      role,
      token: deps.auth.issue(board.id, board.keys, role),
      link: boardLink(deps.auth, base, board, role),
      links: boardLinks(deps.auth, base, board),
    };
    return c.json(answer);
  });

  app.post('/api/boards/:id/ticket', async (c) => {
    const caller = await access(deps, c);
    if (caller instanceof Response) return caller;
    const { board, role } = caller;
    const ticket = deps.tickets.issue({ boardId: board.id, role, key: board.keys[role] });
    if (!ticket) {
      c.header('retry-after', '5');
      return c.json({ error: 'too many unused tickets for this link; try again in a few seconds' }, 503);
    }
    const answer: SocketTicket = { ticket, expiresInMs: deps.tickets.ttlMs };
    return c.json(answer);
  });
}

/**
 * Gives a role a new key: its old link and every ticket issued with it stop working, and
 * the sockets it let in are closed (4401, LINK_ROTATED) so their pages say so at once.
 */
async function rotate(deps: LinksDeps, board: BoardRecord, role: Role): Promise<BoardRecord> {
  const key = newRoleKey();
  if (!(await deps.store.setRoleKey(board.id, role, key)))
    throw new Error(`board ${board.id} vanished during a link reset`);
  const closed = deps.rooms.closeRole(board.id, role, CLOSE.unauthorized, LINK_ROTATED);
  deps.log.info(`board ${board.id}: ${role} link reset, ${closed} socket(s) closed`);
  return { ...board, keys: { ...board.keys, [role]: key } };
}

export type SocketAccess = { board: BoardRecord; role: Role } | { code: number; reason: string };

/**
 * Who may open `/ws/:boardId`: a one-use `ticket` (what the browser sends), or a `token`
 * (the stock y-websocket client, scripts). A ticket counts only for the board it was
 * issued for and only while its role's key is unchanged.
 */
export async function socketAccess(
  deps: LinksDeps,
  boardId: string,
  query: { ticket?: string; token?: string },
): Promise<SocketAccess> {
  if (query.ticket === undefined) {
    const result = await authorize(deps, boardId, query.token ?? null);
    if (result === 404) return { code: CLOSE.notFound, reason: 'no such board' };
    if (result === 401) return { code: CLOSE.unauthorized, reason: 'missing or invalid token' };
    return result;
  }
  const grant = deps.tickets.redeem(query.ticket);
  const refused = { code: CLOSE.unauthorized, reason: 'ticket is invalid, used or expired' };
  if (!grant || grant.boardId !== boardId) return refused;
  const board = await deps.store.getBoard(boardId);
  if (!board) return { code: CLOSE.notFound, reason: 'no such board' };
  if (board.keys[grant.role] !== grant.key) return { code: CLOSE.unauthorized, reason: LINK_ROTATED };
  return { board, role: grant.role };
}
