import { checkRecord, type Item, itemEntity } from '@planroom/shared';

/**
 * The few fields of a History API version (VersionInfo in BRIEF's contract) a baseline
 * needs. Read here rather than through a history client so that the roadmap does not
 * depend on the history feature (features never import each other).
 */
export interface VersionChoice {
  id: number;
  createdAt: string;
  name: string | null;
}

/** The access key this page was opened with (`#token=…`), as every board request sends it. */
function token(): string {
  const found = new URLSearchParams(location.hash.slice(1)).get('token');
  if (!found) throw new Error('this page has no access key');
  return found;
}

async function getJson(path: string, signal?: AbortSignal): Promise<unknown> {
  const res = await fetch(path, { headers: { Authorization: `Bearer ${token()}` }, signal });
  if (!res.ok) {
    let message = `${res.status} ${res.statusText}`.trim();
    try {
      const body = (await res.json()) as { error?: unknown };
      if (typeof body.error === 'string') message = body.error;
    } catch {
      // not JSON: keep the status line
    }
    throw new Error(res.status === 404 ? `versions are not available (${message})` : message);
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
  const when = new Date(v.createdAt).toLocaleString(undefined, {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
  return `${v.name ?? `Version ${v.id}`} · ${when}`;
}
