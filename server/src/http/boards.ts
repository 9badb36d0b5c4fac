import {
  type BoardInfo,
  type BoardLinks,
  boardFromJson,
  type CreatedBoard,
  exportBoard,
  isBoardId,
  isTemplateId,
  localIsoDate,
  metaMap,
  newBoardId,
  type Problem,
  ROLES,
  type Role,
  readMeta,
  reasonOf,
  templateBoard,
  text,
} from '@planroom/shared';
import { checkImportRequest, importBoard } from '@planroom/shared/import';
import type { Context } from 'hono';
import * as Y from 'yjs';
import { type Auth, newRoleKeys } from '../auth.js';
import type { Rooms } from '../rooms/rooms.js';
import type { BoardRecord, Store } from '../store/store.js';

export interface BoardsDeps {
  store: Store;
  auth: Auth;
  rooms: Rooms;
  publicUrl?: string;
}

/** Which links a role may see: each one's own and the weaker ones; viewers none. */
export const LINKS_SEEN_BY: Readonly<Record<Role, readonly Role[]>> = {
  owner: ['owner', 'editor', 'viewer'],
  editor: ['editor', 'viewer'],
  viewer: [],
};

export type CreateResult = { ok: true; board: CreatedBoard } | { ok: false; problems: Problem[] };

const checkName = text({ min: 1, max: 120 });

/** Why a parsed request body is not a JSON object ("an array", "null"…), or null when it is one. */
export function notAnObject(body: unknown): string | null {
  if (Array.isArray(body)) return 'an array';
  if (body === null) return 'null';
  return typeof body === 'object' ? null : `a ${typeof body}`;
}

/** Where links point: `PLANROOM_PUBLIC_URL`, else the address the request came to. */
export function publicOrigin(deps: BoardsDeps, c: Context): string {
  if (deps.publicUrl) return deps.publicUrl.replace(/\/$/, '');
  const url = new URL(c.req.url);
  return `${url.protocol}//${c.req.header('host') ?? url.host}`;
}

export function boardLink(auth: Auth, base: string, board: BoardRecord, role: Role): string {
  return `${base}/b/${board.id}#token=${auth.issue(board.id, board.keys, role)}`;
}

/** The links of `roles` (all three by default), keyed by role. */
export function boardLinks(auth: Auth, base: string, board: BoardRecord, roles: readonly Role[] = ROLES): BoardLinks {
  return Object.fromEntries(roles.map((role) => [role, boardLink(auth, base, board, role)]));
}

/** A file to import (CSV, MS Project XML, Board JSON) as Board JSON, or what is wrong with it. */
function fromImport(
  body: unknown,
  name: string | undefined,
): { ok: true; board: unknown } | { ok: false; problems: Problem[] } {
  const request = checkImportRequest(body);
  if (!request.ok) return request;
  // createBoard builds the document from this JSON with every check: no need to run them twice
  const result = importBoard({ ...request.request, name }, { check: false });
  return result.ok ? { ok: true, board: result.board } : result;
}

/**
 * Creates a board from Board JSON, a template, an imported file or nothing; nothing is
 * stored on a problem.
 */
export async function createBoard(
  deps: BoardsDeps,
  body: unknown,
  base: string,
  today = localIsoDate(new Date()),
): Promise<CreateResult> {
  const kind = notAnObject(body);
  if (kind)
    return {
      ok: false,
      problems: [{ collection: 'request', id: '', field: '', reason: `must be a JSON object, not ${kind}` }],
    };
  const input = body as Record<string, unknown>;
  const problems: Problem[] = [];
  const name = input.name;
  const nameReason = name === undefined ? null : reasonOf(checkName, name);
  if (nameReason) problems.push({ collection: 'request', id: '', field: 'name', reason: nameReason });
  if (input.template !== undefined && !isTemplateId(input.template)) {
    problems.push({ collection: 'request', id: '', field: 'template', reason: 'is not a known template' });
  }
  if (input.template !== undefined && input.board !== undefined) {
    problems.push({ collection: 'request', id: '', field: 'board', reason: 'cannot be combined with template' });
  }
  for (const other of ['template', 'board'] as const) {
    if (input.import !== undefined && input[other] !== undefined) {
      problems.push({ collection: 'request', id: '', field: 'import', reason: `cannot be combined with ${other}` });
    }
  }
  if (problems.length) return { ok: false, problems };
  const imported = input.import === undefined ? null : fromImport(input.import, name as string | undefined);
  if (imported && !imported.ok) return imported;
  const source =
    imported?.board ??
    input.board ??
    templateBoard(isTemplateId(input.template) ? input.template : 'empty', today, name as string | undefined);
  const built = boardFromJson(source, name as string | undefined);
  if (!built.ok) return { ok: false, problems: built.problems };
  const now = new Date().toISOString();
  // templates carry no creation time; an imported export keeps its own
  const meta = metaMap(built.doc);
  if (typeof meta.get('createdAt') !== 'string') meta.set('createdAt', now);
  const record: BoardRecord = {
    id: newBoardId(),
    name: readMeta(built.doc).meta.name,
    keys: newRoleKeys(),
    createdAt: now,
    updatedAt: now,
  };
  const initial = Y.encodeStateAsUpdate(built.doc);
  built.doc.destroy();
  await deps.store.createBoard(record, initial);
  const tokens = Object.fromEntries(ROLES.map((r) => [r, deps.auth.issue(record.id, record.keys, r)])) as Record<
    Role,
    string
  >;
  const links = boardLinks(deps.auth, base, record) as Record<Role, string>;
  return { ok: true, board: { id: record.id, name: record.name, tokens, links } };
}

export function bearer(c: Context): string | null {
  const header = c.req.header('authorization');
  const m = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return m?.[1] ?? null;
}

/** The board and the caller's role on it, or the HTTP status to answer with. */
export async function authorize(
  deps: BoardsDeps,
  id: string,
  token: string | null,
): Promise<{ board: BoardRecord; role: Role } | 401 | 404> {
  if (!isBoardId(id)) return 404;
  const board = await deps.store.getBoard(id);
  if (!board) return 404;
  const role = deps.auth.verify(id, board.keys, token);
  return role ? { board, role } : 401;
}

/**
 * The board's current content, stored first. Reads go through the room (loading it if
 * needed) so the page's info request and its socket decode the board once, not twice.
 */
export async function withDoc<T>(deps: BoardsDeps, id: string, use: (doc: Y.Doc) => T): Promise<T> {
  const room = await deps.rooms.open(id);
  if (!room) throw new Error(`board ${id} is not in the store`);
  await deps.rooms.flush();
  return use(room.doc);
}

export async function boardInfo(
  deps: BoardsDeps,
  board: BoardRecord,
  role: Role,
  base: string,
): Promise<BoardInfo & { links?: BoardLinks }> {
  const meta = await withDoc(deps, board.id, (doc) => readMeta(doc).meta);
  const info: BoardInfo & { links?: BoardLinks } = {
    id: board.id,
    name: meta.name,
    role,
    schemaVersion: meta.schemaVersion,
    createdAt: board.createdAt,
    updatedAt: board.updatedAt,
  };
  if (LINKS_SEEN_BY[role].length) info.links = boardLinks(deps.auth, base, board, LINKS_SEEN_BY[role]);
  return info;
}

export function exportJson(deps: BoardsDeps, id: string) {
  return withDoc(deps, id, exportBoard);
}
