/**
 * What one frame and one connection may cost the server. Each bound is checked before the
 * work it bounds: sizes from the frame's length and first bytes, before anything decodes.
 */
export const LIMITS = {
  /** Presence is a name, a colour and a selection: 1 MiB holds 20,000 selected item ids. */
  awarenessFrameBytes: 1024 * 1024,
  /** A client sends its own state; a relay a few. */
  awarenessStatesPerFrame: 8,
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
};

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

  take(amount: number, now: number): boolean {
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.at) / 1000) * this.perSecond);
    this.at = now;
    this.tokens -= amount;
    return this.tokens >= 0;
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
