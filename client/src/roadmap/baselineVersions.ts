import { checkRecord, type Item, itemEntity, type VersionInfo } from '@planroom/shared';
import { currentLocale } from '../i18n/language';

/*
 * The History API as a baseline needs it: the list of versions and one version's items.
 * Fetched here rather than through the history feature's client, since features never
 * import each other; the types are shared's (protocol.ts).
 */

/** The fields of a version the source picker shows. */
export type VersionChoice = Pick<VersionInfo, 'id' | 'createdAt' | 'name'>;

/** The access key this page was opened with (`#token=…`), as every board request sends it. */
function token(): string {
  const found = new URLSearchParams(location.hash.slice(1)).get('token');
  if (!found) throw new Error('this page has no access key');
  return found;
}

async function getJson(path: string, signal?: AbortSignal): Promise<unknown> {
  const res = await fetch(path, { headers: { Authorization: `Bearer ${token()}` }, signal });
  // a server without the History API answers with the app's page, not JSON
  if (res.ok && !res.headers.get('content-type')?.includes('json')) {
    throw new Error('this server keeps no versions');
  }
  if (!res.ok) {
    let message = `${res.status} ${res.statusText}`.trim();
    try {
      const body = (await res.json()) as { error?: unknown };
      if (typeof body.error === 'string') message = body.error;
    } catch {
      // not JSON: keep the status line
    }
    throw new Error(message);
  }
  return res.json();
}

const versionsUrl = (boardId: string, rest = '') => `/api/boards/${encodeURIComponent(boardId)}/versions${rest}`;

function isVersion(v: unknown): v is VersionChoice {
  const r = v as Partial<VersionChoice> | null;
  return (
    typeof r === 'object' &&
    r !== null &&
    typeof r.id === 'number' &&
    typeof r.createdAt === 'string' &&
    (r.name === null || typeof r.name === 'string')
  );
}

/** The board's versions, newest first (GET /versions). */
export async function fetchVersions(boardId: string, signal?: AbortSignal): Promise<VersionChoice[]> {
  const body = (await getJson(versionsUrl(boardId), signal)) as { versions?: unknown };
  if (!Array.isArray(body.versions)) throw new Error('the server sent no list of versions');
  return body.versions.filter(isVersion);
}

/**
 * The valid items of one version's Board JSON (GET /versions/:vid): a baseline keeps
 * their dates. An item that does not read cleanly has no dates to keep and is left out.
 */
export async function fetchVersionItems(boardId: string, versionId: number, signal?: AbortSignal): Promise<Item[]> {
  const body = (await getJson(versionsUrl(boardId, `/${versionId}`), signal)) as { items?: unknown };
  if (!Array.isArray(body.items)) throw new Error(`version ${versionId} holds no list of items`);
  const items: Item[] = [];
  for (const raw of body.items as Array<Record<string, unknown>>) {
    if (typeof raw !== 'object' || raw === null || typeof raw.id !== 'string') continue;
    const { record } = checkRecord(itemEntity, raw.id, raw);
    if (record) items.push(record);
  }
  return items;
}

/** "Before Q3 QBR · 2 Dec 14:05" or "Version 41 · 2 Dec 14:05". */
export function versionLabel(v: VersionChoice): string {
  const when = new Date(v.createdAt).toLocaleString(currentLocale(), {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
  return `${v.name ?? `Version ${v.id}`} · ${when}`;
}
