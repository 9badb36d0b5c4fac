import { useSyncExternalStore } from 'react';
import { subscribeUnread, unreadState } from '../core/unread';
import { useRoadmap } from './RoadmapContext';

/** "2 unread comments". */
export function unreadText(n: number): string {
  return `${n} unread comment${n === 1 ? '' : 's'}`;
}

/**
 * Unread comments on one bar's item (0 when none). Every bar listens to the comment list
 * and this browser's read marks (both change rarely, and only bars in view are mounted);
 * the snapshot is a number, so only a bar whose count changed re-renders.
 */
export function useUnreadCount(itemId: string): number {
  const { store, commentReads } = useRoadmap();
  return useSyncExternalStore(
    (cb) => subscribeUnread(store.comments, commentReads, cb),
    () => unreadState(store.comments, commentReads).byItem.get(itemId) ?? 0,
  );
}
