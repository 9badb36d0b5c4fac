import { type Comment, type CommentThread, commentThreads, unreadByItem } from '@planroom/shared';
import type { CommentReads } from './commentReads';
import type { RecordCache } from './recordCache';

interface Unread {
  threads: CommentThread[];
  byItem: ReadonlyMap<string, number>;
  total: number;
}

const memo = new WeakMap<RecordCache<Comment>, { key: string; value: Unread }>();

/**
 * The board's threads and the unread count of each item, worked out once per change to
 * the comments or the read marks (however many bars ask). Read by the roadmap's bars and
 * the comments feature alike, so it lives here.
 */
export function unreadState(comments: RecordCache<Comment>, reads: CommentReads): Unread {
  const key = `${comments.getVersion()} ${reads.getVersion()}`;
  const hit = memo.get(comments);
  if (hit?.key === key) return hit.value;
  const threads = commentThreads(comments.all());
  const byItem = unreadByItem(threads, reads.getMe(), reads.getMarks());
  let total = 0;
  for (const n of byItem.values()) total += n;
  const value = { threads, byItem, total };
  memo.set(comments, { key, value });
  return value;
}

/** Subscribes to what `unreadState` depends on. */
export function subscribeUnread(comments: RecordCache<Comment>, reads: CommentReads, listener: () => void) {
  const a = comments.subscribeAll(listener);
  const b = reads.subscribe(listener);
  return () => {
    a();
    b();
  };
}
