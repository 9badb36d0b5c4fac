import { ROLES, type Role } from '@planroom/shared';

/**
 * Boards this browser has opened, kept in localStorage so the start page can reopen them.
 * The entry holds the link's token: it is what "reopen" needs, and localStorage is the
 * same trust boundary as the browser history the link already sits in.
 */
export interface RecentBoard {
  id: string;
  name: string;
  role: Role;
  token: string;
  lastOpened: string;
}

const KEY = 'planroom.recentBoards';
const MAX = 30;

function isRecent(v: unknown): v is RecentBoard {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return (
    typeof r.id === 'string' &&
    typeof r.name === 'string' &&
    typeof r.token === 'string' &&
    typeof r.lastOpened === 'string' &&
    (ROLES as readonly unknown[]).includes(r.role)
  );
}

export function listRecentBoards(storage: Storage = localStorage): RecentBoard[] {
  try {
    const raw: unknown = JSON.parse(storage.getItem(KEY) ?? '[]');
    if (!Array.isArray(raw)) return [];
    return raw.filter(isRecent).sort((a, b) => b.lastOpened.localeCompare(a.lastOpened));
  } catch {
    return [];
  }
}

function save(list: RecentBoard[], storage: Storage): void {
  try {
    storage.setItem(KEY, JSON.stringify(list.slice(0, MAX)));
  } catch {
    // storage full or blocked (private mode): the list is a convenience only
  }
}

/** One entry per board and role: the editor link and the viewer link are different things. */
export function rememberBoard(entry: RecentBoard, storage: Storage = localStorage): void {
  const rest = listRecentBoards(storage).filter((r) => !(r.id === entry.id && r.role === entry.role));
  save([entry, ...rest], storage);
}

export function forgetBoard(id: string, role: Role, storage: Storage = localStorage): void {
  save(
    listRecentBoards(storage).filter((r) => !(r.id === id && r.role === role)),
    storage,
  );
}
