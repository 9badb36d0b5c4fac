import type { BoardAccess } from './api';

/**
 * What lets a board opened once open again without a network: the service worker keeps
 * the app, y-indexeddb keeps the document (see useBoardConnection), and this keeps the
 * answer to "who am I on this board" for the same link.
 */

/** Registers `sw.js`. Browsers allow it only in secure contexts (https, or localhost). */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
  navigator.serviceWorker.register('/sw.js').catch(() => {
    // Offline reload is a bonus: the board works online without it.
  });
}

const accessKey = (boardId: string) => `planroom.access.${boardId}`;

interface StoredAccess {
  token: string;
  access: BoardAccess;
}

/** Remembers the API's answer for this link (same trust boundary as the recent-boards list). */
export function rememberAccess(boardId: string, token: string, access: BoardAccess, storage: Storage = localStorage) {
  try {
    storage.setItem(accessKey(boardId), JSON.stringify({ token, access } satisfies StoredAccess));
  } catch {
    // storage full or disabled: offline opening is simply unavailable
  }
}

/** The remembered answer, only for the very link it was given to. */
export function rememberedAccess(boardId: string, token: string, storage: Storage = localStorage): BoardAccess | null {
  try {
    const stored = JSON.parse(storage.getItem(accessKey(boardId)) ?? 'null') as StoredAccess | null;
    return stored && stored.token === token && typeof stored.access === 'object' ? stored.access : null;
  } catch {
    return null;
  }
}

/** A link that stopped working (revoked, board gone) must not keep the board readable here. */
export function forgetAccess(boardId: string, storage: Storage = localStorage): void {
  try {
    storage.removeItem(accessKey(boardId));
  } catch {
    // nothing stored
  }
}
