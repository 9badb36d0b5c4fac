import type { Dependency, Goal, Person } from '@planroom/shared';
import { useCallback, useRef, useSyncExternalStore } from 'react';
import { useBoard } from './BoardContext';
import type { ViewState } from './viewState';

/* Record hooks beyond useYjs's (a person, everyone, the goals, a link) and the view in the URL. */

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
