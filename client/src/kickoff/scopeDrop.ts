import type { ScopeEntry, ScopeSide } from '@planroom/shared';

/** Where a scope entry is dropped: before another entry, or at the end of a side. */
export type ScopeTarget = { side: ScopeSide; beforeId: string | null };

/**
 * The index `moveScopeEntry` wants for a drop: the place among the side's other entries
 * (the moved one left out), so dropping an entry just below itself moves nothing.
 */
export function scopeDropIndex(entries: readonly ScopeEntry[], movedId: string, target: ScopeTarget): number {
  const others = entries.filter((e) => e.side === target.side && e.id !== movedId);
  if (target.beforeId === null) return others.length;
  const at = others.findIndex((e) => e.id === target.beforeId);
  return at < 0 ? others.length : at;
}

/** Whether the drop would leave the entry where it is (nothing to write). */
export function isNoMove(entries: readonly ScopeEntry[], movedId: string, target: ScopeTarget): boolean {
  const moved = entries.find((e) => e.id === movedId);
  if (!moved || moved.side !== target.side) return false;
  const side = entries.filter((e) => e.side === target.side);
  return side.findIndex((e) => e.id === movedId) === scopeDropIndex(entries, movedId, target);
}
