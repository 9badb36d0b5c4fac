import type { Dependency, Goal, Person, RollUp } from '@planroom/shared';
import { useCallback, useRef, useSyncExternalStore } from 'react';
import { useBoard } from '../core/BoardContext';
import type { ViewState } from '../core/viewState';
import type { CriticalInfo } from './criticalCache';
import type { Place, RowEntry, Structure } from './layoutEngine';

/*
 * Subscriptions to the layout and the per-entity caches, keyed like useYjs: a row wakes
 * when its boxes change, an arrow when one of its ends moves, a bar when its roll-up or
 * critical-path state changes.
 */

export function useStructure(): Structure {
  const { engine } = useBoard();
  return useSyncExternalStore(engine.subscribeStructure, engine.getStructure);
}

export function useRowEntry(key: string): RowEntry | undefined {
  const { engine } = useBoard();
  const subscribe = useCallback((cb: () => void) => engine.subscribeRow(key, cb), [engine, key]);
  return useSyncExternalStore(subscribe, () => engine.getRow(key));
}

export function usePlace(id: string): Place | undefined {
  const { engine } = useBoard();
  const subscribe = useCallback((cb: () => void) => engine.subscribePlace(id, cb), [engine, id]);
  return useSyncExternalStore(subscribe, () => engine.getPlace(id));
}

export function useRollup(id: string): RollUp | undefined {
  const { rollups } = useBoard();
  const subscribe = useCallback((cb: () => void) => rollups.subscribe(id, cb), [rollups, id]);
  return useSyncExternalStore(subscribe, () => rollups.get(id));
}

export function useCritical(id: string): CriticalInfo | undefined {
  const { critical } = useBoard();
  const subscribe = useCallback((cb: () => void) => critical.subscribe(id, cb), [critical, id]);
  return useSyncExternalStore(subscribe, () => critical.get(id));
}

export function useView(): ViewState {
  const { view } = useBoard();
  return useSyncExternalStore(view.view.subscribe, view.view.get);
}

export function usePerson(id: string | null): Person | undefined {
  const { store } = useBoard();
  const subscribe = useCallback((cb: () => void) => (id ? store.people.subscribe(id, cb) : () => {}), [store, id]);
  return useSyncExternalStore(subscribe, () => (id ? store.people.get(id) : undefined));
}

export function usePeople(): Person[] {
  const { store } = useBoard();
  return useSyncExternalStore(store.people.subscribeAll, store.people.all);
}

export function useGoals(): Goal[] {
  const { store } = useBoard();
  return useSyncExternalStore(store.goals.subscribeAll, store.goals.all);
}

export function useDep(id: string): Dependency | undefined {
  const { store } = useBoard();
  const subscribe = useCallback((cb: () => void) => store.deps.subscribe(id, cb), [store, id]);
  return useSyncExternalStore(subscribe, () => store.deps.get(id));
}

/**
 * A value derived from an external store that re-renders only when the derived value
 * changes by `equal` (e.g. the list of arrows in view, recomputed on every layout change).
 * With a `key` (store versions and inputs), it is not even recomputed while the key stays.
 */
export function useDerived<T>(
  subscribe: (cb: () => void) => () => void,
  compute: () => T,
  equal: (a: T, b: T) => boolean,
  key?: () => string,
): T {
  const last = useRef<{ value: T; key: string | undefined } | null>(null);
  const getSnapshot = () => {
    const k = key?.();
    if (last.current && k !== undefined && last.current.key === k) return last.current.value;
    const next = compute();
    if (last.current && equal(last.current.value, next)) {
      last.current.key = k;
      return last.current.value;
    }
    last.current = { value: next, key: k };
    return next;
  };
  return useSyncExternalStore(subscribe, getSnapshot);
}
