import * as v from 'valibot';

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

const requestSchema = v.variant('type', [
  v.strictObject({ type: v.literal('hello') }),
  /** Owner: everyone follows this awareness client id (the owner's own tab). */
  v.strictObject({ type: v.literal('present'), clientId: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  v.strictObject({ type: v.literal('stop-presenting') }),
  v.strictObject({ type: v.literal('timer'), action: v.literal('start'), seconds }),
  v.strictObject({ type: v.literal('timer'), action: v.literal('extend'), seconds }),
  v.strictObject({ type: v.literal('timer'), action: v.picklist(['pause', 'resume', 'stop']) }),
]);

/** What a client asks of the workshop. */
export type WorkshopRequest = v.InferOutput<typeof requestSchema>;

/** What the server tells a client. */
export type WorkshopEvent =
  /** The answer to hello: the server's clock, who presents, the timer. */
  | { type: 'welcome'; now: number; presenter: number | null; timer: TimerState }
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
