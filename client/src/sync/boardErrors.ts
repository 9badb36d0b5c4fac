import { CLOSE, LINK_ROTATED } from '@planroom/shared';

export type BoardErrorKind =
  | 'no-token'
  | 'unauthorized'
  | 'link-reset'
  | 'not-found'
  | 'schema-too-new'
  | 'forbidden'
  | 'malformed'
  | 'unreachable'
  | 'unknown';

export interface BoardError {
  kind: BoardErrorKind;
  /** HTTP status or WebSocket close code, when there was one. */
  code?: number;
  detail?: string;
}

export const BOARD_ERRORS: Record<BoardErrorKind, { title: string; body: string; retry?: boolean }> = {
  'no-token': {
    title: 'This link is missing its access key',
    body: 'Board links end in “#token=…”. Copy the whole link again, or ask the board owner to share it once more.',
  },
  unauthorized: {
    title: 'This link does not open the board',
    body: 'The access key in the link is wrong or has been revoked. Ask the board owner for a new link.',
  },
  'link-reset': {
    title: 'This link no longer works',
    body: 'The board owner has reset it, so it no longer opens the board. Ask them for the new link.',
  },
  'not-found': {
    title: 'Board not found',
    body: 'There is no board at this address. It may have been deleted, or the link is incomplete.',
  },
  'schema-too-new': {
    title: 'This board needs a newer Planroom',
    body: 'It was saved by a newer version than this server runs. Nothing was changed. Update Planroom to open it.',
  },
  forbidden: {
    title: 'This link is view-only',
    body: 'The server refused a change sent with a view-only link, and closed the connection. Reload to keep watching the board.',
    retry: true,
  },
  malformed: {
    title: 'The server refused a change',
    body: 'It could not read a change sent from this browser and closed the connection. Reload to continue; your last change may be lost.',
    retry: true,
  },
  unreachable: {
    title: 'Can’t reach the Planroom server',
    body: 'Check that the server is running and that you are online, then try again.',
    retry: true,
  },
  unknown: {
    title: 'Something went wrong opening this board',
    body: 'Try again in a moment.',
    retry: true,
  },
};

/** A WebSocket close the app cannot recover from by reconnecting, or null. */
export function errorFromClose(code: number, reason = ''): BoardError | null {
  switch (code) {
    case CLOSE.unauthorized:
      return { kind: reason === LINK_ROTATED ? 'link-reset' : 'unauthorized', code, detail: reason };
    case CLOSE.notFound:
      return { kind: 'not-found', code, detail: reason };
    case CLOSE.schemaTooNew:
      return { kind: 'schema-too-new', code, detail: reason };
    case CLOSE.forbidden:
      return { kind: 'forbidden', code, detail: reason };
    case CLOSE.malformed:
      return { kind: 'malformed', code, detail: reason };
    default:
      return code >= 4400 && code < 4500 ? { kind: 'unknown', code, detail: reason } : null;
  }
}

export function errorFromStatus(status: number, detail?: string): BoardError {
  if (status === 401 || status === 403) return { kind: 'unauthorized', code: status, detail };
  if (status === 404) return { kind: 'not-found', code: status, detail };
  if (status === 409) return { kind: 'schema-too-new', code: status, detail };
  if (status === 0 || status >= 500) return { kind: 'unreachable', code: status, detail };
  return { kind: 'unknown', code: status, detail };
}
