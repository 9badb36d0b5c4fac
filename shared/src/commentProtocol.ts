import * as v from 'valibot';
import { AUTHOR_NAME_MAX, COMMENT_MENTIONS_MAX, COMMENT_TEXT_MAX } from './comment.js';

/*
 * Comment requests on the board's socket: MESSAGE.comment, then one JSON string. Every
 * comment is written by the server (server/README.md, "Comments"), which stamps the author
 * from the connection's hello, so viewers can comment while their sync updates stay
 * refused.
 */

/** A comment frame, JSON included: a 4,000-character comment of 4-byte characters fits. */
export const COMMENT_FRAME_MAX_BYTES = 20 * 1024;

const recordId = v.pipe(v.string(), v.minLength(1), v.maxLength(80));
/** A request's own number, echoed in the answer so the client knows which one it was. */
const ref = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(2 ** 31));
const commentText = v.pipe(v.string(), v.maxLength(COMMENT_TEXT_MAX));
const mentions = v.pipe(v.array(recordId), v.maxLength(COMMENT_MENTIONS_MAX));

const requestSchema = v.variant('type', [
  /**
   * Who this browser is: its secret comment key (the author id is a hash of it), and the
   * name and colour it goes by. Sent on every connect, and again when the name changes.
   */
  v.strictObject({
    type: v.literal('hello'),
    key: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{16,64}$/, 'must be 16-64 letters, digits, - or _')),
    name: v.pipe(v.string(), v.maxLength(AUTHOR_NAME_MAX)),
    color: v.pipe(v.string(), v.regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #3366cc')),
  }),
  v.strictObject({
    type: v.literal('add'),
    ref,
    itemId: recordId,
    threadId: v.optional(v.nullable(recordId)),
    text: commentText,
    mentions: v.optional(mentions),
  }),
  v.strictObject({ type: v.literal('edit'), ref, id: recordId, text: commentText, mentions: v.optional(mentions) }),
  v.strictObject({ type: v.literal('delete'), ref, id: recordId }),
  v.strictObject({ type: v.literal('resolve'), ref, threadId: recordId }),
  v.strictObject({ type: v.literal('reopen'), ref, threadId: recordId }),
]);

export type CommentRequest = v.InferOutput<typeof requestSchema>;

/** What the server answers, to the sender alone. */
export type CommentEvent =
  /** The hello was taken: this is the author id the browser's comments carry. */
  | { type: 'welcome'; authorId: string }
  /** The request was written into the board (`id`: the comment added or changed). */
  | { type: 'done'; ref: number; id: string }
  | { type: 'refused'; ref: number | null; reason: string };

/** Parses one comment request; says what is wrong (and where) when it is not one. */
export function parseCommentRequest(text: string): CommentRequest | { error: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { error: 'comment message is not JSON' };
  }
  const result = v.safeParse(requestSchema, json);
  if (result.success) return result.output;
  const issue = result.issues[0];
  const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
  return { error: `comment message ${path ? `${path} ` : ''}${issue.message}`.slice(0, 120) };
}
