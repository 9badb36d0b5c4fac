import type { BoardJson, RestoredVersion, VersionAnswer, VersionInfo, VersionList } from '@planroom/shared';
import { failure } from './api';

export type { VersionInfo };
export type Restored = RestoredVersion;

const versionsUrl = (boardId: string, rest = '') => `/api/boards/${encodeURIComponent(boardId)}/versions${rest}`;

async function call<T>(url: string, token: string, init: RequestInit = {}): Promise<T> {
  const headers: Record<string, string> = { Authorization: `Bearer ${token}` };
  if (init.body) headers['Content-Type'] = 'application/json';
  const res = await fetch(url, { ...init, headers });
  if (!res.ok) throw await failure(res);
  return (await res.json()) as T;
}

/** The board's versions, newest first. */
export async function listVersions(boardId: string, token: string): Promise<VersionInfo[]> {
  return (await call<VersionList>(versionsUrl(boardId), token)).versions;
}

/** Owners and editors: a named version of the board as it is now. */
export async function nameVersion(boardId: string, token: string, name: string): Promise<VersionInfo> {
  const body = JSON.stringify({ name });
  return (await call<VersionAnswer>(versionsUrl(boardId), token, { method: 'POST', body })).version;
}

export async function renameVersion(boardId: string, token: string, id: number, name: string): Promise<VersionInfo> {
  const body = JSON.stringify({ name });
  return (await call<VersionAnswer>(versionsUrl(boardId, `/${id}`), token, { method: 'PATCH', body })).version;
}

/** The board as it was at that version (Board JSON). */
export async function fetchVersion(
  boardId: string,
  token: string,
  id: number,
  signal?: AbortSignal,
): Promise<BoardJson> {
  return call<BoardJson>(versionsUrl(boardId, `/${id}`), token, { signal });
}

/** Owners only: the board becomes that version again, as one change every client receives. */
export async function restoreVersion(boardId: string, token: string, id: number): Promise<Restored> {
  return call<Restored>(versionsUrl(boardId, `/${id}/restore`), token, { method: 'POST' });
}
