import { type Item, type RollUp, rollUps } from '@planroom/shared';
import type { BoardStore } from '../core/boardStore';
import { KeyedSignal } from '../ui/signals';

const rolls = (a: Item | undefined, b: Item | undefined) =>
  a?.start !== b?.start ||
  a?.end !== b?.end ||
  a?.progress !== b?.progress ||
  a?.parentId !== b?.parentId ||
  a?.kind !== b?.kind;

const sameRollUp = (a: RollUp | undefined, b: RollUp | undefined) =>
  a?.start === b?.start && a?.end === b?.end && a?.progress === b?.progress && a?.count === b?.count;

/**
 * Roll-ups of every parent (span of its descendants, progress weighted by duration,
 * from shared's `rollUps`), recomputed when a date, progress or parent changes and
 * announced per parent, so a child's move wakes its ancestors' roll-up bars only.
 */
export class RollupCache {
  private values = new Map<string, RollUp>();
  private readonly seen = new Map<string, Item>();
  private readonly signal = new KeyedSignal<string>();
  private readonly unsubscribe: () => void;

  constructor(private readonly store: BoardStore) {
    for (const [id, item] of store.getItems()) this.seen.set(id, item);
    this.values = rollUps([...store.getItems().values()]);
    this.unsubscribe = store.onItemBatch(this.onItems);
  }

  destroy(): void {
    this.unsubscribe();
  }

  get = (id: string): RollUp | undefined => this.values.get(id);
  subscribe = (id: string, listener: () => void) => this.signal.subscribe(id, listener);

  private readonly onItems = (ids: readonly string[]) => {
    let dirty = false;
    for (const id of ids) {
      const next = this.store.getItem(id);
      if (rolls(this.seen.get(id), next)) dirty = true;
      if (next) this.seen.set(id, next);
      else this.seen.delete(id);
    }
    if (!dirty) return;
    const prev = this.values;
    this.values = rollUps([...this.store.getItems().values()]);
    for (const [id, value] of this.values) {
      const old = prev.get(id);
      if (old && sameRollUp(old, value)) this.values.set(id, old);
      else this.signal.emit(id);
    }
    for (const id of prev.keys()) if (!this.values.has(id)) this.signal.emit(id);
  };
}
