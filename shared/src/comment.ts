import type * as Y from 'yjs';
import {
  collection,
  defineEntity,
  getEntry,
  insertEntry,
  patchEntry,
  type RecordOf,
  readEntry,
  requireValid,
  transact,
} from './doc.js';
import { check, field, isoTimestamp, listOf, nullable, ref, text } from './fields.js';
import { isIdOf, newId } from './ids.js';
import { ValidationError } from './problems.js';
import { ROLES, type Role } from './protocol.js';

/*
 * Comments on items, in threads. The server writes every comment (see
 * server/README.md, "Comments"): it stamps the author from the connection, so nobody
 * comments as someone else and a viewer changes nothing but their own comments. These
 * functions hold the rules; the server calls them with its own origin.
 */

export const COMMENT_TEXT_MAX = 4000;
export const COMMENT_MENTIONS_MAX = 20;
export const AUTHOR_NAME_MAX = 60;

/**
 * Who wrote a comment. `id` is `author:` and a hash of a key the browser keeps secret
 * (links are shared by role, so the browser is the person); name and colour are what
 * they go by on the board, and `role` the link they used, stamped by the server.
 */
export interface CommentAuthor {
  id: string;
  name: string;
  color: string;
  role: Role;
}

/** Who resolved or reopened a thread, and when. */
export interface ThreadState {
  state: 'resolved' | 'reopened';
  by: { id: string; name: string };
  at: string;
}

const author = check<CommentAuthor>((value) => {
  if (typeof value !== 'object' || value === null) return 'must be an author { id, name, color, role }';
  const { id, name, color, role } = value as Record<string, unknown>;
  if (!isIdOf('author', id)) return 'must have an author id like author:…';
  if (typeof name !== 'string' || !name.trim() || name.length > AUTHOR_NAME_MAX)
    return `must have a name of 1 to ${AUTHOR_NAME_MAX} characters`;
  if (typeof color !== 'string' || !/^#[0-9a-fA-F]{6}$/.test(color)) return 'must have a colour like #3366cc';
  return ROLES.includes(role as Role) ? null : `must have a role, one of ${ROLES.join(', ')}`;
});

const threadState = check<ThreadState>((value) => {
  if (typeof value !== 'object' || value === null) return 'must be { state, by, at }';
  const { state, by, at } = value as Record<string, unknown>;
  if (state !== 'resolved' && state !== 'reopened') return 'must be resolved or reopened';
  const who = (by ?? {}) as Record<string, unknown>;
  if (!isIdOf('author', who.id) || typeof who.name !== 'string') return 'must say who: { id, name }';
  return typeof at === 'string' && !Number.isNaN(Date.parse(at)) ? null : 'must have a time';
});

export const commentEntity = defineEntity({
  collection: 'comments',
  kind: 'comment',
  fields: {
    itemId: field(ref('item')),
    /** The thread's first comment; a thread's root names itself. */
    threadId: field(ref('comment')),
    author: field(author),
    text: field(text({ min: 1, max: COMMENT_TEXT_MAX })),
    /** People of the board the text @mentions, by person id. */
    mentions: field(listOf(ref('person'), COMMENT_MENTIONS_MAX), () => []),
    createdAt: field(isoTimestamp),
    editedAt: field(nullable(isoTimestamp), null),
    /** On a thread's root only: resolved or reopened, by whom and when. */
    resolution: field(nullable(threadState), null),
  },
});

export type Comment = RecordOf<typeof commentEntity>;

export function readComment(id: string, entry: unknown) {
  return readEntry(commentEntity, id, entry);
}

/** A request the rules refuse (editing someone else's comment): says why, changes nothing. */
export class CommentRefused extends Error {
  override name = 'CommentRefused';
}

/** Who is acting: their author stamp (from the server) and the role of their link. */
export interface CommentActor {
  author: CommentAuthor;
  role: Role;
}

export interface CommentInput {
  itemId: string;
  /** The thread to reply to; absent or null starts a thread. */
  threadId?: string | null;
  text: string;
  mentions?: readonly string[];
}

function refuse(reason: string): never {
  throw new CommentRefused(reason);
}

function bad(id: string, fieldName: string, reason: string): never {
  throw new ValidationError([{ collection: 'comments', id, field: fieldName, reason }]);
}

function checkMentions(doc: Y.Doc, id: string, mentions: readonly string[]): string[] {
  const people = collection(doc, 'people');
  for (const m of mentions) if (!people.has(m)) bad(id, 'mentions', `names ${m}, who is not on the board`);
  return [...new Set(mentions)];
}

function stored(doc: Y.Doc, id: string): Comment {
  const entry = collection(doc, 'comments').get(id);
  if (entry === undefined) bad(id, '', 'does not exist');
  const { record, problems } = readComment(id, entry);
  if (!record) throw new ValidationError(problems);
  return record;
}

/** Adds a comment (a new thread, or a reply); returns its id. */
export function addComment(doc: Y.Doc, input: CommentInput, by: CommentAuthor, now: Date, origin?: unknown): string {
  const id = newId('comment');
  let threadId = id;
  if (input.threadId) {
    if (!collection(doc, 'comments').has(input.threadId)) bad(id, 'threadId', 'points at a thread that does not exist');
    const root = stored(doc, input.threadId);
    if (root.threadId !== root.id) bad(id, 'threadId', 'must be the first comment of a thread');
    if (root.itemId !== input.itemId) bad(id, 'threadId', 'is a thread on another item');
    threadId = root.id;
  }
  if (!collection(doc, 'items').has(input.itemId)) bad(id, 'itemId', 'points at an item that does not exist');
  const record = requireValid(commentEntity, id, {
    itemId: input.itemId,
    threadId,
    author: { ...by },
    text: input.text.trim(),
    mentions: checkMentions(doc, id, input.mentions ?? []),
    createdAt: now.toISOString(),
  });
  return transact(
    doc,
    () => {
      insertEntry(doc, commentEntity, id, record as Record<string, unknown>);
      return id;
    },
    origin,
  );
}

/** Changes the text of one's own comment. */
export function editComment(
  doc: Y.Doc,
  id: string,
  patch: { text: string; mentions?: readonly string[] },
  actor: CommentActor,
  now: Date,
  origin?: unknown,
): void {
  const comment = stored(doc, id);
  if (comment.author.id !== actor.author.id) refuse('you can only edit your own comments');
  const next = {
    text: patch.text.trim(),
    mentions: checkMentions(doc, id, patch.mentions ?? []),
    editedAt: now.toISOString(),
  };
  requireValid(commentEntity, id, { ...comment, ...next });
  transact(doc, () => patchEntry(commentEntity, getEntry(doc, commentEntity, id), next), origin);
}

/** Deletes one's own comment; a thread's first comment only once it has no replies. */
export function deleteComment(doc: Y.Doc, id: string, actor: CommentActor, origin?: unknown): void {
  const comment = stored(doc, id);
  if (comment.author.id !== actor.author.id) refuse('you can only delete your own comments');
  const comments = collection(doc, 'comments');
  if (comment.threadId === id) {
    let replies = 0;
    comments.forEach((c, cid) => {
      if (cid !== id && c.get('threadId') === id) replies++;
    });
    if (replies) refuse('a thread with replies cannot be deleted; edit its first comment instead');
  }
  transact(doc, () => comments.delete(id), origin);
}

/**
 * Resolves or reopens a thread. Editors and owners may do it to any thread; a viewer only
 * to a thread they started (their own comment is all they may change).
 */
export function setThreadState(
  doc: Y.Doc,
  threadId: string,
  state: ThreadState['state'],
  actor: CommentActor,
  now: Date,
  origin?: unknown,
): void {
  const root = stored(doc, threadId);
  if (root.threadId !== root.id) bad(threadId, 'threadId', 'must be the first comment of a thread');
  if (actor.role === 'viewer' && root.author.id !== actor.author.id)
    refuse(`viewers can only ${state === 'resolved' ? 'resolve' : 'reopen'} threads they started`);
  const resolved = root.resolution?.state === 'resolved';
  if (state === 'resolved' && resolved) refuse('this thread is already resolved');
  if (state === 'reopened' && !resolved) refuse('this thread is not resolved');
  const resolution: ThreadState = {
    state,
    by: { id: actor.author.id, name: actor.author.name },
    at: now.toISOString(),
  };
  transact(doc, () => patchEntry(commentEntity, getEntry(doc, commentEntity, threadId), { resolution }), origin);
}

/**
 * Deletes a comment record whatever it holds: the needs-attention list's Delete, for
 * editors, on a record the reader set aside (the server only writes valid ones).
 */
export function removeCommentRecord(doc: Y.Doc, id: string): void {
  transact(doc, () => collection(doc, 'comments').delete(id));
}

/** Whether a thread is resolved now. */
export function isResolved(root: Pick<Comment, 'resolution'>): boolean {
  return root.resolution?.state === 'resolved';
}
