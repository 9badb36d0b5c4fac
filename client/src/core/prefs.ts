/**
 * View preferences of this device (zoom, collapsed parents, "move dependents"): local
 * storage, never the document. Storage may be unavailable (private mode, quota): a
 * preference then lasts for the page only.
 */
export function loadPref<T>(key: string, parse: (raw: unknown) => T | undefined, fallback: T): T {
  try {
    const raw = localStorage.getItem(key);
    if (raw === null) return fallback;
    return parse(JSON.parse(raw)) ?? fallback;
  } catch {
    return fallback;
  }
}

export function savePref(key: string, value: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // a view preference only
  }
}

export const PREF_KEYS = {
  zoom: 'planroom.zoom',
  moveDependents: 'planroom.moveDependents',
  collapsed: (boardId: string) => `planroom.collapsed.${boardId}`,
};

export const parseBoolean = (raw: unknown) => (typeof raw === 'boolean' ? raw : undefined);
export const parseIds = (raw: unknown) =>
  Array.isArray(raw) ? new Set(raw.filter((v): v is string => typeof v === 'string')) : undefined;
