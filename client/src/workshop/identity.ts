import { presenceColor } from '@planroom/shared';

const NAME_KEY = 'planroom.displayName';

/** The display name this browser uses on every board, if one was given. */
export function savedName(storage: Pick<Storage, 'getItem'> | null = safeStorage()): string | null {
  const name = storage?.getItem(NAME_KEY)?.trim();
  return name ? name.slice(0, 60) : null;
}

export function saveName(name: string, storage: Pick<Storage, 'setItem'> | null = safeStorage()): void {
  try {
    storage?.setItem(NAME_KEY, name.trim().slice(0, 60));
  } catch {
    // private mode or quota: the name lasts for this page only
  }
}

/** Who this participant is to others: a name and a colour from the colour-blind-safe palette. */
export function presenceUser(name: string) {
  return { name, color: presenceColor(name) };
}

function safeStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
