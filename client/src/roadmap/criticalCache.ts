import { boardCriticalPath } from '@planroom/shared';
import type { BoardStore } from '../core/boardStore';
import { KeyedSignal, Signal } from '../ui/signals';

export interface CriticalInfo {
  critical: boolean;
  /** Days the item can slip without moving the end of the plan. */
  slack: number;
}

/** Every item under `rootId` (itself included). */
export function subtreeOf(store: BoardStore, rootId: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const item of store.getItems().values()) {
    if (item.parentId) children.set(item.parentId, [...(children.get(item.parentId) ?? []), item.id]);
  }
  const out = new Set<string>();
  const stack = [rootId];
  while (stack.length) {
    const id = stack.pop() as string;
    if (out.has(id)) continue;
    out.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return out;
}

/**
 * The critical path while the toggle is on: shared's `boardCriticalPath` over the whole
 * board or one program's items, recomputed (at most every `delayMs`) after any item or
 * dependency change, announced per item so only bars whose state changed re-render.
 */
export class CriticalCache {
  private scope: string | null = null;
  private info = new Map<string, CriticalInfo>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly keyed = new KeyedSignal<string>();
  private readonly signal = new Signal();
  private readonly cleanups: Array<() => void>;

  constructor(
    private readonly store: BoardStore,
    private readonly delayMs = 120,
  ) {
    this.cleanups = [store.onItemBatch(this.schedule), store.deps.onBatch(this.schedule)];
  }

  destroy(): void {
    clearTimeout(this.timer);
    for (const cleanup of this.cleanups) cleanup();
  }

  /** Null turns it off; `all` is the whole board; an item id its subtree. */
  setScope(scope: string | null): void {
    if (scope === this.scope) return;
    this.scope = scope;
    this.compute();
  }

  getScope = (): string | null => this.scope;
  get = (id: string): CriticalInfo | undefined => this.info.get(id);
  subscribe = (id: string, listener: () => void) => this.keyed.subscribe(id, listener);
  /** Any change at all (the scope, or which items are critical). */
  subscribeAll = this.signal.subscribe;

  private readonly schedule = () => {
    if (this.scope === null || this.timer !== undefined) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.compute();
    }, this.delayMs);
  };

  /** Recomputes now (the toggle, tests); edits go through `schedule`. */
  compute(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const next = new Map<string, CriticalInfo>();
    if (this.scope !== null) {
      const scopeIds = this.scope === 'all' ? undefined : subtreeOf(this.store, this.scope);
      const { critical, slack } = boardCriticalPath(this.store.getItems(), this.store.deps.all(), scopeIds);
      for (const [id, days] of slack) next.set(id, { critical: critical.has(id), slack: days });
    }
    const prev = this.info;
    const changed: string[] = [];
    for (const [id, value] of next) {
      const old = prev.get(id);
      if (old && old.critical === value.critical && old.slack === value.slack) next.set(id, old);
      else changed.push(id);
    }
    for (const id of prev.keys()) if (!next.has(id)) changed.push(id);
    this.info = next;
    for (const id of changed) this.keyed.emit(id);
    this.signal.emit();
  }
}
