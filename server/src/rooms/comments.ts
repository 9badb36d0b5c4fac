import { createHash } from 'node:crypto';
import {
  addComment,
  CLOSE,
  COMMENT_FRAME_MAX_BYTES,
  type CommentActor,
  type CommentEvent,
  CommentRefused,
  type CommentRequest,
  deleteComment,
  editComment,
  MESSAGE,
  parseCommentRequest,
  setThreadState,
  ValidationError,
} from '@planroom/shared';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { Conn } from './conn.js';
import { malformed, Refusal } from './refusal.js';
import type { ConnState, Room } from './room.js';
import type { Rooms } from './rooms.js';

/*
 * The comment channel (shared/src/commentProtocol.ts): MESSAGE.comment, then one JSON
 * request. The server writes every comment into the board itself, with its own origin,
 * stored before it is broadcast like any update. The author is stamped here from the
 * connection (its role, and the id its hello earned), never taken from the request, so
 * nobody comments as someone else and a viewer, whose sync updates stay refused, can
 * change nothing but their own comments.
 */

/** The origin of comments the server writes. */
export const COMMENT_ORIGIN = { name: 'planroom-comments' } as const;

/** The frame carrying one answer. */
export function commentFrame(event: CommentEvent): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE.comment);
  encoding.writeVarString(encoder, JSON.stringify(event));
  return encoding.toUint8Array(encoder);
}

/**
 * The author id of a browser's secret key. Only the hash is ever in the board, so reading
 * a board's comments never tells anyone the key that would let them write as the author.
 */
export function authorIdOf(key: string): string {
  return `author:${createHash('sha256').update(`planroom-comment-author:${key}`).digest('base64url').slice(0, 22)}`;
}

function hello(conn: Conn, state: ConnState, request: Extract<CommentRequest, { type: 'hello' }>): CommentEvent {
  const id = authorIdOf(request.key);
  const name = request.name.trim() || (conn.role === 'viewer' ? 'Guest' : 'Someone');
  state.commenter = { id, name, color: request.color, role: conn.role };
  return { type: 'welcome', authorId: id };
}

/** Writes one request into the board; returns the id it wrote (the rules throw when refused). */
function write(room: Room, actor: CommentActor, request: Exclude<CommentRequest, { type: 'hello' }>): string {
  const now = new Date();
  switch (request.type) {
    case 'add':
      return addComment(room.doc, request, actor.author, now, COMMENT_ORIGIN);
    case 'edit':
      editComment(room.doc, request.id, request, actor, now, COMMENT_ORIGIN);
      return request.id;
    case 'delete':
      deleteComment(room.doc, request.id, actor, COMMENT_ORIGIN);
      return request.id;
    case 'resolve':
    case 'reopen':
      setThreadState(
        room.doc,
        request.threadId,
        request.type === 'resolve' ? 'resolved' : 'reopened',
        actor,
        now,
        COMMENT_ORIGIN,
      );
      return request.threadId;
  }
}

/** Why a request was refused, in words; a new comment's random id would only confuse. */
function reasonOf(err: CommentRefused | ValidationError, request: CommentRequest): string {
  if (err instanceof CommentRefused || request.type !== 'add') return err.message;
  return err.problems.map((p) => `comment ${p.field} ${p.reason}`.replace(/ {2,}/g, ' ')).join('; ');
}

/**
 * Handles one comment frame. A frame over COMMENT_FRAME_MAX_BYTES or one that is not a
 * request closes the connection with 4400 (and the reason); a request the rules refuse
 * is answered `refused` with the reason, to the sender alone, and changes nothing.
 */
export function handleComment(
  rooms: Rooms,
  room: Room,
  conn: Conn,
  state: ConnState,
  frame: Uint8Array,
  d: decoding.Decoder,
): void {
  if (frame.length > COMMENT_FRAME_MAX_BYTES) throw malformed(`comment message over ${COMMENT_FRAME_MAX_BYTES} bytes`);
  const request = parseCommentRequest(decoding.readVarString(d));
  if ('error' in request) throw malformed(request.error);
  const tell = (event: CommentEvent) => room.sendTo(conn, commentFrame(event));
  const ref = request.type === 'hello' ? null : request.ref;
  const rate = state.commentRate.take();
  if (rate === 'over') throw new Refusal(CLOSE.tryAgain, 'too many comment requests; reconnect');
  if (rate === 'drop') {
    tell({ type: 'refused', ref, reason: 'too many comment requests at once; try again in a moment' });
    return;
  }
  if (request.type === 'hello') {
    tell(hello(conn, state, request));
    return;
  }
  const author = state.commenter;
  if (!author) {
    tell({ type: 'refused', ref, reason: 'say hello (who you are) before commenting' });
    return;
  }
  let id: string;
  try {
    id = write(room, { author, role: conn.role }, request);
  } catch (err) {
    if (!(err instanceof CommentRefused || err instanceof ValidationError)) throw err;
    tell({ type: 'refused', ref, reason: reasonOf(err, request).slice(0, 300) });
    return;
  }
  // after the comment is stored and broadcast, so the sender already holds it
  rooms.whenStored(() => tell({ type: 'done', ref: request.ref, id }));
}
