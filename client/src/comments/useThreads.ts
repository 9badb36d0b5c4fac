import type { CommentThread } from '@planroom/shared';
import { useSyncExternalStore } from 'react';
import { subscribeUnread, unreadState } from '../core/unread';
import { useComments } from './CommentsContext';

/** Every thread with the unread state, re-read when comments or read marks change. */
export function useUnreadState() {
  const { store, commentReads } = useComments();
  return useSyncExternalStore(
    (cb) => subscribeUnread(store.comments, commentReads, cb),
    () => unreadState(store.comments, commentReads),
  );
}

/** The threads on one item, oldest first (a conversation reads down). */
export function useItemThreads(itemId: string): CommentThread[] {
  const { threads } = useUnreadState();
  return threads.filter((t) => t.itemId === itemId).reverse();
}

/** The author id the server gave this browser (null until the first welcome). */
export function useMe(): string | null {
  const { commentReads } = useComments();
  return useSyncExternalStore(commentReads.subscribe, commentReads.getMe);
}
