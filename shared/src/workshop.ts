import * as v from 'valibot';
import type * as Y from 'yjs';

/*
 * The live workshop's own messages on a board's socket. y-websocket uses message types
 * 0-3; the workshop's frames are MESSAGE.workshop followed by one JSON string. A client
 * opts in with `hello` (the stock client never does, so it never receives them). The
 * server decides who may do what: presenting and the timer are the owner's alone.
 */

/** The longest countdown a facilitator can set. */
export const TIMER_MAX_SECONDS = 4 * 60 * 60;

/** A countdown everyone sees, in the server's clock (ms since the epoch). */
export type TimerState =
  | { status: 'stopped' }
  | { status: 'running'; endsAt: number; durationMs: number }
  | { status: 'paused'; remainingMs: number; durationMs: number };

export const TIMER_STOPPED: TimerState = { status: 'stopped' };

const seconds = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(TIMER_MAX_SECONDS));

/** Dot votes: at most this many items, dots per person. */
export const VOTE_MAX_ITEMS = 300;
export const VOTE_MAX_DOTS = 20;

const recordId = v.pipe(v.string(), v.minLength(1), v.maxLength(64));
const dots = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(VOTE_MAX_DOTS));

const requestSchema = v.variant('type', [
  /** `voter`: this browser's secret voter key, so a reload keeps its dots (a tab's own otherwise). */
  v.strictObject({
    type: v.literal('hello'),
    voter: v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{16,64}$/, 'must be 16-64 letters, digits, - or _'))),
  }),
  /** Owner: everyone follows this awareness client id (the owner's own tab). */
  v.strictObject({ type: v.literal('present'), clientId: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  v.strictObject({ type: v.literal('stop-presenting') }),
  v.strictObject({ type: v.literal('timer'), action: v.literal('start'), seconds }),
  v.strictObject({ type: v.literal('timer'), action: v.literal('extend'), seconds }),
  v.strictObject({ type: v.literal('timer'), action: v.picklist(['pause', 'resume', 'stop']) }),
  /** Owner: a dot vote on these items. */
  v.strictObject({
    type: v.literal('vote-start'),
    title: v.pipe(v.string(), v.maxLength(120)),
    itemIds: v.pipe(v.array(recordId), v.minLength(1), v.maxLength(VOTE_MAX_ITEMS)),
    dots,
    /** Most dots one person may put on one item; null: no cap. */
    cap: v.nullable(dots),
    viewers: v.boolean(),
  }),
  /** A dot on an item, or one taken back. */
  v.strictObject({ type: v.literal('vote-cast'), itemId: recordId, add: v.boolean() }),
  v.strictObject({ type: v.literal('vote-reveal') }),
  v.strictObject({ type: v.literal('vote-cancel') }),
]);

/** What a client asks of the workshop. */
export type WorkshopRequest = v.InferOutput<typeof requestSchema>;

/**
 * A running vote as one person sees it: the question and the rules, their own dots, and
 * how many people have voted. Nobody's dots but their own are ever sent, until the reveal.
 */
export interface VoteView {
  id: string;
  title: string;
  itemIds: string[];
  dots: number;
  cap: number | null;
  viewers: boolean;
  /** This person's dots per item. */
  mine: Record<string, number>;
  /** May this connection vote (viewers only when the owner allowed it)? */
  canVote: boolean;
  /** How many people have put at least one dot. */
  voters: number;
}

/** What the server tells a client. */
export type WorkshopEvent =
  /** The answer to hello: the server's clock, who presents, the timer, the vote running. */
  | { type: 'welcome'; now: number; presenter: number | null; timer: TimerState; vote: VoteView | null }
  | { type: 'vote'; vote: VoteView | null }
  | { type: 'presenting'; presenter: number | null }
  | { type: 'timer'; now: number; timer: TimerState }
  /** A request the server did not carry out, and why. */
  | { type: 'refused'; reason: string };

/** A request from its JSON text, or the reason it is not one. */
export function parseWorkshopRequest(text: string): WorkshopRequest | { error: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { error: 'workshop message is not JSON' };
  }
  const result = v.safeParse(requestSchema, json);
  if (result.success) return result.output;
  const issue = result.issues[0];
  const path = issue?.path?.map((p) => String(p.key)).join('.') ?? '';
  return { error: `workshop message${path ? ` field ${path}` : ''}: ${issue?.message ?? 'invalid'}` };
}

/** Milliseconds left on the timer at `now` (server clock); 0 when stopped or run out. */
export function timerRemaining(timer: TimerState, now: number): number {
  if (timer.status === 'stopped') return 0;
  if (timer.status === 'paused') return timer.remainingMs;
  return Math.max(0, timer.endsAt - now);
}

/**
 * The timer after a facilitator's action at `now` (server clock), or why the action does
 * not apply. Extending a timer that has run out starts it again with the extra time.
 */
export function applyTimerAction(
  timer: TimerState,
  request: Extract<WorkshopRequest, { type: 'timer' }>,
  now: number,
): TimerState | { error: string } {
  const left = timerRemaining(timer, now);
  switch (request.action) {
    case 'start':
      return { status: 'running', endsAt: now + request.seconds * 1000, durationMs: request.seconds * 1000 };
    case 'extend': {
      const extra = request.seconds * 1000;
      if (timer.status === 'paused') {
        return { ...timer, remainingMs: Math.min(left + extra, TIMER_MAX_SECONDS * 1000) };
      }
      const durationMs = timer.status === 'stopped' || left === 0 ? extra : timer.durationMs + extra;
      return { status: 'running', endsAt: now + Math.min(left + extra, TIMER_MAX_SECONDS * 1000), durationMs };
    }
    case 'pause':
      if (timer.status !== 'running' || left === 0) return { error: 'the timer is not running' };
      return { status: 'paused', remainingMs: left, durationMs: timer.durationMs };
    case 'resume':
      if (timer.status !== 'paused') return { error: 'the timer is not paused' };
      return { status: 'running', endsAt: now + timer.remainingMs, durationMs: timer.durationMs };
    case 'stop':
      return TIMER_STOPPED;
  }
}

/** Where a revealed vote goes in the board's document: a root map of the workshop's results. */
export const WORKSHOP_MAP = 'workshop';

const voteResultSchema = v.object({
  id: recordId,
  title: v.pipe(v.string(), v.maxLength(120)),
  itemIds: v.array(recordId),
  tallies: v.record(v.string(), v.pipe(v.number(), v.integer(), v.minValue(0))),
  dots: dots,
  voters: v.pipe(v.number(), v.integer(), v.minValue(0)),
  revealedAt: v.pipe(v.string(), v.isoTimestamp()),
});

/** A revealed vote: every item's dots, for everyone. */
export type VoteResult = v.InferOutput<typeof voteResultSchema>;

/** The last revealed vote in the document, or null (none, or not a valid result). */
export function readVoteResult(doc: Y.Doc): VoteResult | null {
  const result = v.safeParse(voteResultSchema, doc.getMap(WORKSHOP_MAP).get('lastVote'));
  return result.success ? result.output : null;
}

/** The items of a vote from most dots to fewest (ties keep the vote's order). */
export function ranking(result: VoteResult): Array<{ itemId: string; dots: number }> {
  return result.itemIds
    .map((itemId, i) => ({ itemId, dots: result.tallies[itemId] ?? 0, i }))
    .sort((a, b) => b.dots - a.dots || a.i - b.i)
    .map(({ itemId, dots }) => ({ itemId, dots }));
}

/**
 * Whether one more dot (or one fewer) fits the vote's rules for a ballot; the reason if not.
 */
export function castCheck(
  vote: { itemIds: readonly string[]; dots: number; cap: number | null },
  ballot: Readonly<Record<string, number>>,
  itemId: string,
  add: boolean,
): string | null {
  if (!vote.itemIds.includes(itemId)) return 'that item is not in this vote';
  const onItem = ballot[itemId] ?? 0;
  if (!add) return onItem > 0 ? null : 'no dot of yours is on that item';
  const used = Object.values(ballot).reduce((sum, n) => sum + n, 0);
  if (used >= vote.dots) return `all your ${vote.dots} dots are placed; take one back first`;
  if (vote.cap !== null && onItem >= vote.cap) return `at most ${vote.cap} of your dots on one item`;
  return null;
}
