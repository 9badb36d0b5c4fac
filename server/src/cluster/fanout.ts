import { randomUUID } from 'node:crypto';
import type { TimerState } from '@planroom/shared';
import { Redis } from 'ioredis';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { type Logger, rateLimited } from '../log.js';
import { LOAD_ORIGIN, type Room } from '../rooms/room.js';
import { type RoomVote, sendVoteViews } from '../rooms/votes.js';
import type { CatchUp } from '../store/postgres.js';
import { replay } from '../store/store.js';

/** The origin of presence that came from another process. */
export const REMOTE_ORIGIN = { name: 'planroom-remote' } as const;

export interface FanoutOptions {
  /** `redis://host:port` (PLANROOM_REDIS_URL). */
  url: string;
  /** Prefix of every key (tests give each run its own). */
  prefix?: string;
  store: CatchUp;
  log: Logger;
  /** A stream keeps about this many entries (default 1,000); older ones are trimmed. */
  streamLength?: number;
}

/** What one board's processes share in memory only: the workshop's state. */
interface SharedWorkshop {
  presenter: number | null;
  timer: TimerState;
  vote: (Omit<RoomVote, 'ballots'> & { ballots: Array<[string, Record<string, number>]> }) | null;
}

/** Per loaded board: the stream position read so far and which sequence numbers arrived. */
interface Watched {
  room: Room;
  /** The last stream id read (or `$`-equivalent taken before the board was loaded). */
  streamId: string;
  /** Every update up to this sequence number is in the room. */
  floor: number;
  /** Sequence numbers above the floor that arrived (out of order, or after a gap). */
  above: Set<number>;
  /** When a gap was first seen (ms), or 0. */
  gapSince: number;
  catchingUp: boolean;
  /** PostgreSQL's last sequence number at the previous poll: a floor still below it a poll later is behind. */
  polled: number;
}

/**
 * How long a gap in sequence numbers may stand before PostgreSQL is asked for it. Two
 * processes' updates to one board reach the stream in either order, so short gaps are
 * normal; a catch-up merges updates (clients get one update instead of several).
 */
const GAP_MS = 1000;
/** How often every loaded board's last sequence number is compared with PostgreSQL. */
const POLL_MS = 2000;
/** Catch-ups at once: after Redis comes back every board needs one, and they must not take every database connection. */
const CATCH_UPS = 2;
/** XREAD BLOCK timeout: a board loaded meanwhile joins the read after at most this long. */
const BLOCK_MS = 100;

/**
 * Fan-out between processes through Redis Streams: one stream per board
 * (`<prefix>board:<id>`). A process appends every update it has committed to PostgreSQL
 * (with its sequence number), its clients' presence, and the board's workshop state;
 * every process serving the board reads the stream (XREAD BLOCK) and hands what it reads
 * to its own clients. PostgreSQL stays the source of truth: a process that finds a
 * sequence number missing (a gap that stays, Redis restarted, a publish that failed)
 * reads what it lacks from PostgreSQL.
 */
export class Fanout {
  private readonly self = randomUUID();
  private readonly pub: Redis;
  private readonly sub: Redis;
  private readonly watched = new Map<string, Watched>();
  private readonly prefix: string;
  private readonly maxLen: number;
  private stopped = false;
  private reading: Promise<void> | null = null;
  private readonly poller: NodeJS.Timeout;
  /** Set while applying another process's workshop state, so it is not sent back. */
  private applying = false;
  /** Boards waiting for a catch-up, and how many catch-ups run now (at most CATCH_UPS). */
  private readonly catchUpQueue: Watched[] = [];
  private catchUpsRunning = 0;
  /** Warnings while Redis is away come by the hundred: a few a second are logged. */
  private readonly warn: (message: string) => void;

  private constructor(private readonly opts: FanoutOptions) {
    this.prefix = opts.prefix ?? 'planroom:';
    this.maxLen = opts.streamLength ?? 1000;
    this.warn = rateLimited(opts.log.warn);
    const common = { lazyConnect: true, maxRetriesPerRequest: 1, retryStrategy: () => 200 };
    // publishing never queues while Redis is away: it fails at once, and the readers
    // catch up from PostgreSQL when Redis is back
    // commands of one tick go in one write (one XADD per committed update)
    this.pub = new Redis(opts.url, { ...common, enableOfflineQueue: false, enableAutoPipelining: true });
    this.sub = new Redis(opts.url, { ...common, maxRetriesPerRequest: null });
    for (const [name, conn] of [
      ['publish', this.pub],
      ['read', this.sub],
    ] as const) {
      conn.on('error', (err: Error) => this.warn(`redis (${name}): ${err.message}`));
    }
    let first = true;
    this.sub.on('ready', () => {
      if (first) {
        first = false;
        return;
      }
      // Redis is back (perhaps empty): whatever was published meanwhile may be lost
      opts.log.info('redis: reconnected; catching up every board from PostgreSQL');
      for (const w of this.watched.values()) this.catchUp(w);
    });
    this.poller = setInterval(() => this.poll(), POLL_MS);
    this.poller.unref();
  }

  static async start(opts: FanoutOptions): Promise<Fanout> {
    const fanout = new Fanout(opts);
    await Promise.all([fanout.pub.connect(), fanout.sub.connect()]);
    fanout.reading = fanout.readLoop();
    return fanout;
  }

  private key(boardId: string): string {
    return `${this.prefix}board:${boardId}`;
  }

  /** The stream position to read a board from: taken before it is loaded from PostgreSQL. */
  async position(boardId: string): Promise<string> {
    try {
      const last = await this.pub.xrevrange(this.key(boardId), '+', '-', 'COUNT', 1);
      return last[0]?.[0] ?? '0-0';
    } catch {
      return '0-0'; // Redis away: the poll catches the board up from PostgreSQL
    }
  }

  /** Starts relaying a board just loaded with everything stored up to `lastSeq`. */
  watch(room: Room, lastSeq: number, streamId: string): void {
    const w: Watched = { room, streamId, floor: lastSeq, above: new Set(), gapSince: 0, catchingUp: false, polled: 0 };
    this.watched.set(room.id, w);
    room.awareness.on('update', ({ added, updated, removed }: Record<string, number[]>, origin: unknown) => {
      if (origin === REMOTE_ORIGIN || origin === 'timeout' || this.watched.get(room.id) !== w) return;
      const ids = [...(added ?? []), ...(updated ?? []), ...(removed ?? [])];
      if (!ids.length) return;
      this.publish(room.id, 'a', awarenessProtocol.encodeAwarenessUpdate(room.awareness, ids));
    });
    room.onShared = () => {
      if (this.applying) return;
      const { presenter, timer, vote } = room;
      const state: SharedWorkshop = {
        presenter,
        timer,
        vote: vote && { ...vote, ballots: [...vote.ballots] },
      };
      this.publish(room.id, 'w', Buffer.from(JSON.stringify(state)));
    };
  }

  unwatch(room: Room): void {
    if (this.watched.get(room.id)?.room === room) this.watched.delete(room.id);
  }

  /** An update this process stored as `seq`: to every other process serving the board. */
  published(room: Room, update: Uint8Array, seq: number): void {
    const w = this.watched.get(room.id);
    if (w?.room === room) this.saw(w, seq);
    this.publish(room.id, 'u', update, seq);
  }

  private publish(boardId: string, type: 'u' | 'a' | 'w', data: Uint8Array, seq = 0): void {
    if (this.stopped) return;
    this.pub
      .xadd(
        this.key(boardId),
        'MAXLEN',
        '~',
        this.maxLen,
        '*',
        't',
        type,
        'p',
        this.self,
        's',
        String(seq),
        'd',
        Buffer.from(data.buffer, data.byteOffset, data.byteLength),
      )
      .catch((err: Error) => {
        // not lost: the others find the gap and read the update from PostgreSQL
        this.warn(`redis: publish to board ${boardId} failed: ${err.message}`);
      });
  }

  private async readLoop(): Promise<void> {
    while (!this.stopped) {
      const boards = [...this.watched.values()];
      if (!boards.length) {
        await new Promise((r) => setTimeout(r, BLOCK_MS));
        continue;
      }
      let answer: Array<[Buffer, Array<[Buffer, Buffer[]]>]> | null;
      try {
        answer = (await this.sub.xreadBuffer(
          'COUNT',
          500,
          'BLOCK',
          BLOCK_MS,
          'STREAMS',
          ...boards.map((w) => this.key(w.room.id)),
          ...boards.map((w) => w.streamId),
        )) as Array<[Buffer, Array<[Buffer, Buffer[]]>]> | null;
      } catch (err) {
        if (this.stopped) return;
        this.warn(`redis: read failed: ${(err as Error).message}`);
        await new Promise((r) => setTimeout(r, BLOCK_MS));
        continue;
      }
      for (const [key, entries] of answer ?? []) {
        const boardId = key.toString().slice(`${this.prefix}board:`.length);
        const w = this.watched.get(boardId);
        if (!w) continue;
        for (const [id, fields] of entries) {
          w.streamId = id.toString();
          try {
            this.receive(w, fields);
          } catch (err) {
            this.opts.log.error(`board ${boardId}: relayed message not applied: ${(err as Error).message}`);
          }
        }
      }
    }
  }

  private receive(w: Watched, fields: Buffer[]): void {
    const f = new Map<string, Buffer>();
    for (let i = 0; i + 1 < fields.length; i += 2) f.set((fields[i] as Buffer).toString(), fields[i + 1] as Buffer);
    if (f.get('p')?.toString() === this.self) return;
    const type = f.get('t')?.toString();
    const data = f.get('d');
    if (!data) return;
    const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    const { room } = w;
    if (type === 'u') {
      const seq = Number(f.get('s')?.toString());
      Y.applyUpdate(room.doc, bytes, LOAD_ORIGIN);
      room.broadcastUpdate(bytes);
      room.lastSeq = Math.max(room.lastSeq, seq);
      this.saw(w, seq);
      this.releaseHeld(room);
    } else if (type === 'a') {
      awarenessProtocol.applyAwarenessUpdate(room.awareness, bytes, REMOTE_ORIGIN);
    } else if (type === 'w') {
      this.applyWorkshop(room, JSON.parse(data.toString()) as SharedWorkshop);
    }
  }

  /** Another process's workshop state: taken as this board's, and shown to this process's clients. */
  private applyWorkshop(room: Room, state: SharedWorkshop): void {
    this.applying = true;
    try {
      if (state.presenter !== room.presenter) {
        room.presenter = state.presenter;
        room.broadcastWorkshop({ type: 'presenting', presenter: state.presenter });
      }
      if (JSON.stringify(state.timer) !== JSON.stringify(room.timer)) {
        room.timer = state.timer;
        room.broadcastWorkshop({ type: 'timer', now: Date.now(), timer: state.timer });
      }
      const vote = state.vote && { ...state.vote, ballots: new Map(state.vote.ballots) };
      if (
        JSON.stringify(state.vote) !== JSON.stringify(room.vote && { ...room.vote, ballots: [...room.vote.ballots] })
      ) {
        room.vote = vote;
        // each client its own dots and the count of voters, never anyone else's dots
        sendVoteViews(room);
      }
    } finally {
      this.applying = false;
    }
  }

  /** Client updates that waited for changes the server lacked, now that one came from elsewhere. */
  private releaseHeld(room: Room): void {
    if (!room.held.size) return;
    for (let ready = room.held.takeReady(room.doc); ready.length; ready = room.held.takeReady(room.doc)) {
      for (const h of ready) Y.applyUpdate(room.doc, h.update, h.conn);
    }
  }

  private saw(w: Watched, seq: number): void {
    if (!Number.isFinite(seq) || seq <= w.floor) return;
    w.above.add(seq);
    while (w.above.delete(w.floor + 1)) w.floor++;
    if (!w.above.size) w.gapSince = 0;
    else if (!w.gapSince) w.gapSince = Date.now();
    if (w.gapSince) setTimeout(() => this.gapCheck(w), GAP_MS).unref();
  }

  private gapCheck(w: Watched): void {
    if (w.gapSince && Date.now() - w.gapSince >= GAP_MS) this.catchUp(w);
  }

  /** Compares every loaded board with PostgreSQL; one that lags is caught up. */
  private async poll(): Promise<void> {
    const boards = [...this.watched.values()];
    if (!boards.length) return;
    let last: Map<string, number>;
    try {
      last = await this.opts.store.lastSeqs(boards.map((w) => w.room.id));
    } catch {
      return; // PostgreSQL away: the next poll tries again
    }
    for (const w of boards) {
      // what was stored at the last poll should have come through the stream by now; what
      // was stored since may still be on its way
      if (w.polled > w.floor) this.catchUp(w);
      w.polled = last.get(w.room.id) ?? 0;
    }
  }

  /** Queues a board to be caught up from PostgreSQL (once, however often asked meanwhile). */
  private catchUp(w: Watched): void {
    if (w.catchingUp || this.watched.get(w.room.id) !== w) return;
    w.catchingUp = true;
    this.catchUpQueue.push(w);
    this.nextCatchUp();
  }

  private nextCatchUp(): void {
    while (this.catchUpsRunning < CATCH_UPS) {
      const w = this.catchUpQueue.shift();
      if (!w) return;
      this.catchUpsRunning++;
      this.runCatchUp(w).finally(() => {
        this.catchUpsRunning--;
        this.nextCatchUp();
      });
    }
  }

  /** Reads from PostgreSQL everything stored after what the room is known to hold, and applies it. */
  private runCatchUp(w: Watched): Promise<void> {
    if (this.watched.get(w.room.id) !== w) {
      w.catchingUp = false;
      return Promise.resolve();
    }
    return this.opts.store
      .since(w.room.id, w.floor)
      .then((stored) => {
        if (this.watched.get(w.room.id) !== w) return;
        const { room } = w;
        const before = Y.encodeStateVector(room.doc);
        replay(room.doc, stored, LOAD_ORIGIN);
        const missing = Y.encodeStateAsUpdate(room.doc, before);
        // an update with no structs and no deletions is two zero bytes
        if (missing.length > 2) room.broadcastUpdate(missing);
        room.lastSeq = Math.max(room.lastSeq, stored.lastSeq);
        if (stored.lastSeq > w.floor) w.floor = stored.lastSeq;
        for (const seq of [...w.above]) if (seq <= w.floor) w.above.delete(seq);
        while (w.above.delete(w.floor + 1)) w.floor++;
        w.gapSince = w.above.size ? Date.now() : 0;
        this.releaseHeld(room);
      })
      .catch((err: Error) => this.warn(`board ${w.room.id}: catch-up from PostgreSQL failed: ${err.message}`))
      .finally(() => {
        w.catchingUp = false;
      });
  }

  async close(): Promise<void> {
    this.stopped = true;
    clearInterval(this.poller);
    this.sub.disconnect();
    await this.reading?.catch(() => undefined);
    await this.pub.quit().catch(() => undefined);
    this.pub.disconnect();
  }
}
