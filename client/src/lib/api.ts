import type { BoardInfo, CreatedBoard, Problem, TemplateId } from '@planroom/shared';

/** `GET /api/boards/:id`: owners and editors also get the share links. */
export interface BoardAccess extends BoardInfo {
  links?: { editor: string; viewer: string };
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

async function failure(res: Response): Promise<ApiError> {
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

export async function createBoard(input: { name?: string; template: TemplateId }): Promise<CreatedBoard> {
  const res = await fetch('/api/boards', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  if (res.status !== 201 && !res.ok) throw await failure(res);
  return (await res.json()) as CreatedBoard;
}

export async function fetchBoardAccess(boardId: string, token: string, signal?: AbortSignal): Promise<BoardAccess> {
  const res = await fetch(`/api/boards/${encodeURIComponent(boardId)}`, {
    headers: { Authorization: `Bearer ${token}` },
    signal,
  });
  if (!res.ok) throw await failure(res);
  return (await res.json()) as BoardAccess;
}
