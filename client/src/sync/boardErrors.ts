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

/** Whether trying again can help; the title and body are `error.<kind>.title` / `.body` in the catalogues. */
export const RETRYABLE: Record<BoardErrorKind, boolean> = {
  'no-token': false,
  unauthorized: false,
  'link-reset': false,
  'not-found': false,
  'schema-too-new': false,
  forbidden: true,
  malformed: true,
  unreachable: true,
  unknown: true,
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
