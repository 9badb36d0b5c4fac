import { type Baseline, metaMap } from '@planroom/shared';
import { useCallback, useSyncExternalStore } from 'react';
import { useBoard } from '../core/BoardContext';
import type { BoardStore } from '../core/boardStore';

/**
 * The chosen baseline (meta.baselineId), or null: one that was deleted or cannot be read
 * counts as none (the cache holds only baselines that read cleanly). The record keeps its
 * identity until it changes, so a bar re-renders only when the choice or the baseline
 * itself does, and looking it up costs one map read per bar.
 */
export function chosenBaseline(store: BoardStore): Baseline | null {
  const id = metaMap(store.doc).get('baselineId');
  return typeof id === 'string' ? (store.baselines.get(id) ?? null) : null;
}

export function useChosenBaseline(): Baseline | null {
  const { store } = useBoard();
  const subscribe = useCallback(
    (cb: () => void) => {
      const a = store.subscribeMeta(cb);
      const b = store.baselines.subscribeAll(cb);
      return () => {
        a();
        b();
      };
    },
    [store],
  );
  return useSyncExternalStore(subscribe, () => chosenBaseline(store));
}

export function useBaselines(): Baseline[] {
  const { store } = useBoard();
  return useSyncExternalStore(store.baselines.subscribeAll, store.baselines.all);
}
