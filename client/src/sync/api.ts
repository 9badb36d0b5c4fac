import type {
  BoardInfo,
  BoardLinks,
  CreatedBoard,
  Problem,
  Role,
  RotatedLink,
  SocketTicket,
  TemplateId,
} from '@planroom/shared';
import type { ImportRequest } from '@planroom/shared/import';

/** `GET /api/boards/:id`: owners and editors also get the share links they may see. */
export interface BoardAccess extends BoardInfo {
  links?: BoardLinks;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly problems: Problem[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export async function failure(res: Response): Promise<ApiError> {
  let message = `${res.status} ${res.statusText}`.trim();
  let problems: Problem[] = [];
  try {
    const body = (await res.json()) as { error?: unknown; problems?: unknown };
    if (typeof body.error === 'string') message = body.error;
    if (Array.isArray(body.problems)) problems = body.problems as Problem[];
  } catch {
    // not JSON: keep the status line
  }
  return new ApiError(res.status, message, problems);
}

/** A new board from a template, or from an imported file (`ImportRequest`, checked by the server too). */
export async function createBoard(
  input: { name?: string; template: TemplateId } | { name?: string; import: Omit<ImportRequest, 'name'> },
): Promise<CreatedBoard> {
  const res = await fetch('/api/boards', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  if (res.status !== 201 && !res.ok) throw await failure(res);
  return (await res.json()) as CreatedBoard;
}

const boardUrl = (boardId: string, rest = '') => `/api/boards/${encodeURIComponent(boardId)}${rest}`;
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

export async function fetchBoardAccess(boardId: string, token: string, signal?: AbortSignal): Promise<BoardAccess> {
  const res = await fetch(boardUrl(boardId), { headers: bearer(token), signal });
  if (!res.ok) throw await failure(res);
  return (await res.json()) as BoardAccess;
}

/** The links this token may see, as they are now (another owner may have reset one). */
export async function fetchLinks(boardId: string, token: string, signal?: AbortSignal): Promise<BoardLinks> {
  const res = await fetch(boardUrl(boardId, '/links'), { headers: bearer(token), signal });
  if (!res.ok) throw await failure(res);
  return (await res.json()) as BoardLinks;
}

/** Owners only: a new link for `role`; the old one stops working at once. */
export async function rotateLink(boardId: string, token: string, role: Role): Promise<RotatedLink> {
  const res = await fetch(boardUrl(boardId, `/links/${role}/rotate`), { method: 'POST', headers: bearer(token) });
  if (!res.ok) throw await failure(res);
  return (await res.json()) as RotatedLink;
}

/** A one-use ticket for the board's WebSocket, so the token never sits in a socket URL. */
export async function fetchTicket(boardId: string, token: string, signal?: AbortSignal): Promise<string> {
  const res = await fetch(boardUrl(boardId, '/ticket'), { method: 'POST', headers: bearer(token), signal });
  if (!res.ok) throw await failure(res);
  return ((await res.json()) as SocketTicket).ticket;
}

/** The board as Board JSON (`GET /api/boards/:id/export`), as the server writes it; any role. */
export async function fetchBoardJson(boardId: string, token: string): Promise<Blob> {
  const res = await fetch(boardUrl(boardId, '/export'), { headers: bearer(token) });
  if (!res.ok) throw await failure(res);
  return await res.blob();
}
