/**
 * What one frame and one connection may cost the server. Each bound is checked before the
 * work it bounds: sizes from the frame's length and first bytes, before anything decodes.
 */
export const LIMITS = {
  /**
   * An awareness frame, checked before it decodes. Its states are bounded again once read
   * (PRESENCE_STATE_MAX_BYTES each, awarenessStatesPerFrame of them).
   */
  awarenessFrameBytes: 1024 * 1024,
  /**
   * A client sends its own state; the stock client also sends back every state it receives
   * (all of them when it joins a workshop of many), which the server skips unread.
   */
  awarenessStatesPerFrame: 128,
  /** Distinct awareness client ids one connection may bring. */
  awarenessIdsPerConn: 8,
  /** Nesting of one presence state (objects and arrays). */
  awarenessDepth: 16,
  /** A state vector: about 10 bytes per client that ever wrote to the board. */
  syncStep1Bytes: 1024 * 1024,
  /**
   * A viewer's sync step 2 or update larger than this is dropped unread. It is never
   * applied anyway; smaller ones are checked so a viewer that tries to write is told.
   */
  viewerCheckedBytes: 256 * 1024,
  /**
   * A reader whose send queue passes this is dropped (its close frame would wait behind
   * the queue, so the socket is cut); it reconnects and resyncs from the store.
   */
  sendQueueBytes: 32 * 1024 * 1024,
  /** Per connection: bytes received plus bytes of the replies they asked for. */
  bytes: { burst: 24 * 1024 * 1024, perSecond: 4 * 1024 * 1024 },
  /** Per connection: frames. Typing and dragging send tens a second. */
  frames: { burst: 1000, perSecond: 200 },
  /**
   * Per connection: awareness frames. Cursors move at CURSOR_HZ (20 a second); this leaves
   * room for selection and idle changes beside them. See Rate for `drops`.
   */
  awarenessRate: { burst: 60, perSecond: 30, drops: 200 },
  /**
   * Presence is relayed once a tick: each connection gets one frame with every state that
   * changed since the last (the latest of each), not a frame per move. Fifty people moving
   * cursors at 20 Hz are then 50 frames a second per connection, not 1,000.
   */
  presenceTickMs: 20,
  /**
   * Presence frames refused for what they carry (another connection's client id, a state
   * over PRESENCE_STATE_MAX_BYTES) before the connection is closed with 4400.
   */
  presenceOffences: 20,
  /** A workshop request is a few dozen bytes of JSON. */
  workshopFrameBytes: 4 * 1024,
  /** Per connection: workshop requests (a facilitator's clicks). See Rate for `drops`. */
  workshopRate: { burst: 20, perSecond: 10, drops: 200 },
  /** Per connection: comment requests (people type them; a burst for a hello and a reply or two). */
  commentRate: { burst: 10, perSecond: 2, drops: 200 },
};

/** A rate of requests: `burst` at once, then `perSecond`; see Rate. */
export interface RateLimit {
  burst: number;
  perSecond: number;
  /** Requests dropped (forgiven at `perSecond`) before the connection is closed. */
  drops: number;
}

/** A token bucket: `burst` at once, refilled at `perSecond`. */
class Bucket {
  private tokens: number;
  private at: number;

  constructor(
    private readonly burst: number,
    private readonly perSecond: number,
    now: number,
  ) {
    this.tokens = burst;
    this.at = now;
  }

  private refill(now: number): void {
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.at) / 1000) * this.perSecond);
    this.at = now;
  }

  /** Takes `amount`, going into debt if need be; false once in debt. */
  take(amount: number, now: number): boolean {
    this.refill(now);
    this.tokens -= amount;
    return this.tokens >= 0;
  }

  /** Takes one token if there is one; never goes into debt. */
  takeOne(now: number): boolean {
    this.refill(now);
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

/** What one connection may still spend; past either bucket it is closed and reconnects. */
export class Budget {
  private readonly bytes: Bucket;
  private readonly frames: Bucket;

  constructor(now = performance.now()) {
    this.bytes = new Bucket(LIMITS.bytes.burst, LIMITS.bytes.perSecond, now);
    this.frames = new Bucket(LIMITS.frames.burst, LIMITS.frames.perSecond, now);
  }

  /** Charges one frame of `bytes`; false once the connection is over its budget. */
  frame(bytes: number, now = performance.now()): boolean {
    const framesOk = this.frames.take(1, now);
    return this.bytes.take(bytes, now) && framesOk;
  }

  /** Charges a reply the connection asked for (a sync step 2, everyone's presence). */
  reply(bytes: number, now = performance.now()): boolean {
    return this.bytes.take(bytes, now);
  }
}

/**
 * Requests of one kind on one connection. Within the rate a request is `ok`; past it, it
 * is dropped (`drop`), which costs the sender nothing but that request. A connection that
 * has more than `drops` requests dropped (forgiven at the same rate, so it keeps sending
 * at more than twice the rate) is `over`, and is closed.
 */
export class Rate {
  private readonly allowed: Bucket;
  private readonly dropped: Bucket;

  constructor(limit: RateLimit, now = performance.now()) {
    this.allowed = new Bucket(limit.burst, limit.perSecond, now);
    this.dropped = new Bucket(limit.drops, limit.perSecond, now);
  }

  take(now = performance.now()): 'ok' | 'drop' | 'over' {
    if (this.allowed.takeOne(now)) return 'ok';
    return this.dropped.takeOne(now) ? 'drop' : 'over';
  }
}
