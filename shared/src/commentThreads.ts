import type * as Y from 'yjs';
import { type Comment, commentEntity, isResolved } from './comment.js';
import type { Item } from './item.js';
import type { Person } from './person.js';
import type { Problem } from './problems.js';
import { dropDangling, readAll, type SetAside, setAside } from './reading.js';

/** One thread: its first comment and the replies, oldest first. */
export interface CommentThread {
  id: string;
  itemId: string;
  root: Comment;
  /** Every comment of the thread, the root first, then by time. */
  comments: Comment[];
  resolved: boolean;
  /** When the last comment was written (or the thread resolved or reopened). */
  lastAt: string;
}

const byTime = (a: Comment, b: Comment) =>
  a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1;

/**
 * Reads the comments after items and people, leniently: a comment on a missing item, or a
 * reply whose thread is missing, on another item or itself a reply, is set aside and
 * listed. A mention of someone no longer on the board is dropped (they were mentioned,
 * but there is nobody to point at), as a deleted sponsor reads as nobody.
 */
export function readComments(c: {
  doc: Y.Doc;
  items: ReadonlyMap<string, Item>;
  people: ReadonlyMap<string, Person>;
  problems: Problem[];
  aside: SetAside;
}): Comment[] {
  const comments = readAll(c.doc, commentEntity, c.problems, c.aside);
  dropDangling(comments, 'comments', 'itemId', c.items, 'item', c.problems, c.aside);
  const roots = new Map([...comments].filter(([id, r]) => r.threadId === id));
  dropDangling(comments, 'comments', 'threadId', roots, 'thread', c.problems, c.aside);
  for (const [id, r] of comments) {
    const root = roots.get(r.threadId);
    if (root && root.itemId !== r.itemId)
      setAside(
        comments,
        { collection: 'comments', id, field: 'threadId', reason: 'is a thread on another item' },
        c.problems,
        c.aside,
      );
    else if (r.mentions.some((m) => !c.people.has(m)))
      comments.set(id, { ...r, mentions: r.mentions.filter((m) => c.people.has(m)) });
  }
  return [...comments.values()].sort(byTime);
}

/** Groups comments into threads, the most recently active first. */
export function commentThreads(comments: Iterable<Comment>): CommentThread[] {
  const groups = new Map<string, Comment[]>();
  for (const comment of comments) {
    const list = groups.get(comment.threadId);
    if (list) list.push(comment);
    else groups.set(comment.threadId, [comment]);
  }
  const threads: CommentThread[] = [];
  for (const [id, list] of groups) {
    const root = list.find((x) => x.id === id);
    // a reply whose root is gone or set aside has no thread to show in
    if (!root) continue;
    const sorted = [root, ...list.filter((x) => x !== root).sort(byTime)];
    let lastAt = newestIn({ comments: sorted });
    if (root.resolution && root.resolution.at > lastAt) lastAt = root.resolution.at;
    threads.push({ id, itemId: root.itemId, root, comments: sorted, resolved: isResolved(root), lastAt });
  }
  return threads.sort((a, b) => (a.lastAt > b.lastAt ? -1 : a.lastAt < b.lastAt ? 1 : a.id < b.id ? -1 : 1));
}

/** When this person last read each thread (ISO time of the newest comment they saw), by thread id. */
export type ReadMarks = Readonly<Record<string, string>>;

/**
 * Comments in a thread written by someone else after this person last read it. Their own
 * comments are never unread; neither is anything in a thread they read since.
 */
export function unreadIn(thread: Pick<CommentThread, 'id' | 'comments'>, me: string | null, reads: ReadMarks): number {
  const seen = reads[thread.id] ?? '';
  let n = 0;
  for (const c of thread.comments) if (c.author.id !== me && c.createdAt > seen) n++;
  return n;
}

/** Unread comments per item (items with none are absent). */
export function unreadByItem(
  threads: readonly CommentThread[],
  me: string | null,
  reads: ReadMarks,
): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of threads) {
    const n = unreadIn(t, me, reads);
    if (n) out.set(t.itemId, (out.get(t.itemId) ?? 0) + n);
  }
  return out;
}

/** The newest comment time in a thread: what reading it marks as read. */
export function newestIn(thread: Pick<CommentThread, 'comments'>): string {
  let newest = '';
  for (const c of thread.comments) if (c.createdAt > newest) newest = c.createdAt;
  return newest;
}

/**
 * The @mention being typed just before the caret: where its `@` is and what follows it
 * ("@an" gives { start, query: 'an' }), or null when the caret is not in one. An `@`
 * counts at the start or after a space, so an e-mail address does not open the list.
 */
export function mentionAt(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const at = before.lastIndexOf('@');
  if (at < 0 || (at > 0 && !/\s/.test(before[at - 1] ?? ''))) return null;
  const query = before.slice(at + 1);
  if (query.length > 40 || /[\n@]/.test(query) || /\s\s/.test(query)) return null;
  return { start: at, query };
}

/** People whose name matches what follows the `@` (word starts first), at most `limit`. */
export function mentionOptions<P extends { name: string }>(people: readonly P[], query: string, limit = 8): P[] {
  const q = query.trim().toLowerCase();
  if (!q) return people.slice(0, limit);
  const starts = people.filter(
    (p) =>
      p.name
        .toLowerCase()
        .split(/\s+/)
        .some((w) => w.startsWith(q)) || p.name.toLowerCase().startsWith(q),
  );
  const inside = people.filter((p) => !starts.includes(p) && p.name.toLowerCase().includes(q));
  return [...starts, ...inside].slice(0, limit);
}

/** The people a text still mentions: those picked whose `@Name` is still in it. */
export function keptMentions(text: string, picked: readonly { id: string; name: string }[]): string[] {
  return [...new Set(picked.filter((p) => text.includes(`@${p.name}`)).map((p) => p.id))];
}
