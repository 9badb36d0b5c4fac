import type { Item, Lane, Meta, Problem } from '@planroom/shared';
import { useCallback, useSyncExternalStore } from 'react';
import { useBoard } from './BoardContext';
import type { Extent, ItemSpan } from './boardStore';

/*
 * Subscriptions to the board document, one entity at a time: a remote edit of one item
 * re-renders that item's bar (and its lane row only when the bar's place changed).
 */

export function useItem(id: string): Item | undefined {
  const { store } = useBoard();
  const subscribe = useCallback((cb: () => void) => store.subscribeItem(id, cb), [store, id]);
  return useSyncExternalStore(subscribe, () => store.getItem(id));
}

export function useLane(id: string): Lane | undefined {
  const { store } = useBoard();
  const subscribe = useCallback((cb: () => void) => store.subscribeLane(id, cb), [store, id]);
  return useSyncExternalStore(subscribe, () => store.getLane(id));
}

export function useLaneIds(): string[] {
  const { store } = useBoard();
  return useSyncExternalStore(store.subscribeLaneIds, store.getLaneIds);
}

/** The items of one lane row (or of the "No lane" row, `NO_LANE`). */
export function useItemSpansInLane(bucket: string): ItemSpan[] {
  const { store } = useBoard();
  const subscribe = useCallback((cb: () => void) => store.subscribeSpans(bucket, cb), [store, bucket]);
  return useSyncExternalStore(subscribe, () => store.getSpans(bucket));
}

export function useExtent(): Extent | null {
  const { store } = useBoard();
  return useSyncExternalStore(store.subscribeExtent, store.getExtent);
}

export function useProblems(): Problem[] {
  const { store } = useBoard();
  return useSyncExternalStore(store.subscribeProblems, store.getProblems);
}

export function useMeta(): Meta {
  const { store } = useBoard();
  return useSyncExternalStore(store.subscribeMeta, store.getMeta);
}

/** Whether an item is selected: a selection change re-renders only the bars it changes. */
export function useIsSelected(id: string): boolean {
  const { session } = useBoard();
  return useSyncExternalStore(session.selected.subscribe, () => session.selected.get().has(id));
}
