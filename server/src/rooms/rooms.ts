import { CLOSE, migrateBoard, type Role, SchemaTooNewError } from '@planroom/shared';
import type * as Y from 'yjs';
import type { Fanout } from '../cluster/fanout.js';
import type { Logger } from '../log.js';
import { replay, type Store, type StoredContent } from '../store/store.js';
import { Commits, type Queued } from './commits.js';
import type { Conn } from './conn.js';
import { EncodedState } from './encoded.js';
import { History, HOUR_MS, type LatestVersion } from './history.js';
import { connState, LOAD_ORIGIN, Room } from './room.js';

/** A board opened and not asked for by any client is decoded after this long anyway. */
const DECODE_AFTER_MS = 1000;

export interface RoomsOptions {
  store: Store;
  log: Logger;
  /** Unload a board this long after its last connection leaves. */
  idleMs: number;
  /** Compact once a loaded board has this many updates since its last snapshot. */
  compactEvery: number;
  /** The wall clock versions are dated and spaced by (ms); tests move it by hand. */
  now?: () => number;
  /** At most one automatic version this often while edits happen (default an hour). */
  versionEveryMs?: number;
  /** Cluster mode: relays stored updates, presence and workshop state to the other processes. */
  fanout?: Fanout | null;
}

/**
 * Loaded boards and their write path. Every change to a room's document is queued, the
 * queue is committed to the store in one transaction (group commit, see Commits), and
 * only then is each change broadcast. Anything that hands document state to a client
 * waits for the commit first, so no client ever sees a change that is not stored.
 */
export class Rooms {
  private readonly rooms = new Map<string, Room>();
  /** Boards being read from the store for a first `open`. */
  private readonly opening = new Map<string, Promise<Room | null>>();
  /** Rooms waiting for their first answers to leave before they decode. */
  private readonly draining = new WeakSet<Room>();
  private readonly commits: Commits;
  private readonly sweeper: NodeJS.Timeout;
  /** Versions: the policy, who was there, restores. */
  readonly history: History;
  /** The longest decode of a board so far (ms), for the benchmarks. */
  decodeMaxMs = 0;

  constructor(private readonly opts: RoomsOptions) {
    this.history = new History({
      store: opts.store,
      log: opts.log,
      now: opts.now ?? Date.now,
      autoEveryMs: opts.versionEveryMs ?? HOUR_MS,
      whenStored: (fn) => this.whenStored(fn),
    });
    this.commits = new Commits(opts.store, {
      stored: (batch, seqs) => this.stored(batch, seqs),
      failed: (batch, err) => {
        // Not stored, so nobody else may see it: drop those rooms. Their clients still hold
        // the changes and send them again when they reconnect and resync.
        opts.log.error(`store write failed: ${err.message}`);
        for (const room of new Set(batch.map((p) => p.room))) this.evict(room, 1011, 'storage unavailable; retrying');
      },
    });
    this.sweeper = setInterval(() => this.sweepHeld(), 1000);
    this.sweeper.unref();
  }

  /** A connection whose held updates never became applicable reconnects and resyncs. */
  private sweepHeld(): void {
    for (const room of this.rooms.values()) {
      if (!room.held.size) continue;
      for (const conn of room.held.expired()) {
        room.held.drop(conn);
        conn.close(CLOSE.tryAgain, 'updates waited too long for changes the server lacks; reconnect to resync');
      }
    }
  }

  get size(): number {
    return this.rooms.size;
  }

  loaded(id: string): Room | undefined {
    return this.rooms.get(id);
  }

  /** The room for a board, loaded from the store on first use; null if there is no such board. */
  open(id: string): Promise<Room | null> {
    const existing = this.rooms.get(id);
    if (existing) return Promise.resolve(existing);
    // two callers asking while the store answers get the same room
    let opening = this.opening.get(id);
    if (!opening) {
      opening = this.openStored(id).finally(() => this.opening.delete(id));
      this.opening.set(id, opening);
    }
    return opening;
  }

  private async openStored(id: string): Promise<Room | null> {
    const board = await this.opts.store.getBoard(id);
    if (!board) return null;
    // where to read other processes' updates from, taken before the store is read: what
    // comes after it is either in what is read or still to come on the stream
    const streamId = await this.opts.fanout?.position(id);
    const [stored, latest] = await Promise.all([this.opts.store.load(id), this.opts.store.latestVersion(id)]);
    const room = this.load(id, board.createdAt, stored, latest);
    this.rooms.set(id, room);
    if (streamId !== undefined) this.opts.fanout?.watch(room, stored.lastSeq, streamId);
    // opened for an HTTP read, or by a socket that may never attach: unload it when idle
    this.unloadWhenIdle(room);
    return room;
  }

  /**
   * A board as stored, not yet decoded: the newest snapshot and the updates after it are
   * read (a few ms) and kept as bytes; the document is built from them on first use.
   */
  private load(id: string, createdAt: string, stored: StoredContent, latest: LatestVersion): Room {
    const encoded = new EncodedState(stored.snapshot, stored.updates);
    const room: Room = new Room(id, encoded, (doc) => this.decode(room, doc, stored));
    room.lastSeq = stored.lastSeq;
    room.updatesSinceSnapshot = stored.updates.length;
    this.history.track(room, stored.lastSeq, createdAt, latest);
    // decode once the first client has its answer, or after a while if none asks
    room.decodeTimer = setTimeout(() => room.doc, DECODE_AFTER_MS);
    room.decodeTimer.unref();
    return room;
  }

  /** Replays what was stored into the room's new document, then migrates it (or refuses it). */
  private decode(room: Room, doc: Y.Doc, stored: StoredContent): void {
    if (room.decodeTimer) clearTimeout(room.decodeTimer);
    room.decodeTimer = null;
    const t0 = performance.now();
    const skipped = replay(doc, stored, LOAD_ORIGIN);
    if (skipped) {
      this.opts.log.error(`board ${room.id}: ${skipped} stored updates could not be read and were skipped`);
      room.encoded.drop(); // it holds the unreadable parts: encode from the document instead
    }
    this.decodeMaxMs = Math.max(this.decodeMaxMs, performance.now() - t0);
    // attached before migrating: a migration's writes are stored and sent like any change
    const listener = (update: Uint8Array, origin: unknown) => {
      // decoded already: another process's stored change (cluster mode) or a catch-up from the
      // store; not stored again, but clients answered from the kept bytes must get it
      if (origin === LOAD_ORIGIN) return room.encoded.append(update);
      room.pending++;
      this.commits.add({ room, update, origin });
      this.history.edited(room);
    };
    doc.on('update', listener);
    try {
      const ran = migrateBoard(doc);
      if (ran.length) this.opts.log.info(`board ${room.id}: migrated (${ran.join(', ')})`);
    } catch (err) {
      if (!(err instanceof SchemaTooNewError)) throw err;
      // Known only now (the migration wrote nothing): the sockets already let in are
      // closed, and nothing of this board is ever stored or sent, whatever reaches the doc.
      doc.off('update', listener);
      room.refusal = { code: 4409, reason: 'board schema is newer than this server' };
      this.opts.log.warn(`board ${room.id}: ${err.message}`);
      for (const conn of [...room.conns.keys()]) conn.close(room.refusal.code, room.refusal.reason);
      return;
    }
    // a board opened for an HTTP read stays as long after its decode as it did after its open
    if (room.idleTimer) this.unloadWhenIdle(room);
  }

  /**
   * Decodes a room once what was sent to its sockets has left (a big first answer waits
   * in the socket's queue for the event loop, which a decode would hold up).
   */
  decodeSoon(room: Room): void {
    if (room.decoded || this.draining.has(room)) return;
    this.draining.add(room);
    const started = Date.now();
    const poll = () => {
      if (room.decoded || this.rooms.get(room.id) !== room) return;
      const sending = [...room.conns.keys()].some((conn) => conn.bufferedAmount() > 0);
      if (sending && Date.now() - started < DECODE_AFTER_MS) {
        room.decodeTimer = setTimeout(poll, 5);
        return;
      }
      void room.doc;
    };
    if (room.decodeTimer) clearTimeout(room.decodeTimer);
    room.decodeTimer = setTimeout(poll, 0);
  }

  /** Resolves once every change queued so far is stored: for readers of a room's doc that must not show one that is not. */
  flush(): Promise<void> {
    return this.commits.flush();
  }

  /** Runs `fn` once every change queued so far is stored (at once if none is waiting). */
  whenStored(fn: () => void): void {
    this.commits.whenStored(fn);
  }

  private stored(batch: Queued[], seqs: number[]): void {
    batch.forEach((p, i) => {
      p.room.lastSeq = seqs[i] ?? p.room.lastSeq;
      p.room.updatesSinceSnapshot++;
      p.room.pending--;
      p.room.encoded.append(p.update);
      p.room.broadcastUpdate(p.update, p.origin as Conn);
      this.opts.fanout?.published(p.room, p.update, seqs[i] ?? 0);
    });
    for (const room of new Set(batch.map((p) => p.room))) {
      if (room.updatesSinceSnapshot >= this.opts.compactEvery) this.compact(room);
    }
  }

  /** Replaces a board's update log with one snapshot, built and written by the store. */
  compact(room: Room): void {
    if (room.compacting || room.refusal) return;
    room.compacting = true;
    const covered = room.updatesSinceSnapshot;
    this.opts.store.compact(room.id).then(
      () => {
        room.compacting = false;
        room.updatesSinceSnapshot = Math.max(0, room.updatesSinceSnapshot - covered);
      },
      (err: Error) => {
        room.compacting = false;
        this.opts.log.error(`board ${room.id}: compaction failed: ${err.message}`);
      },
    );
  }

  attach(room: Room, conn: Conn): void {
    if (room.idleTimer) clearTimeout(room.idleTimer);
    room.idleTimer = null;
    room.conns.set(conn, connState());
  }

  detach(room: Room, conn: Conn): void {
    room.detach(conn);
    if (room.conns.size || this.rooms.get(room.id) !== room) return;
    this.history.left(room);
    this.unloadWhenIdle(room);
  }

  private unloadWhenIdle(room: Room): void {
    if (room.idleTimer) clearTimeout(room.idleTimer);
    room.idleTimer = setTimeout(() => this.unload(room), this.opts.idleMs);
    room.idleTimer.unref();
  }

  /** Compacts and drops an idle board from memory, once its changes are stored. */
  unload(room: Room): void {
    this.commits.whenStored(() => {
      if (room.conns.size || this.rooms.get(room.id) !== room) return;
      this.compact(room);
      this.rooms.delete(room.id);
      this.opts.fanout?.unwatch(room);
      room.destroy();
    });
  }

  private evict(room: Room, code: number, reason: string): void {
    if (this.rooms.get(room.id) === room) this.rooms.delete(room.id);
    this.opts.fanout?.unwatch(room);
    for (const conn of [...room.conns.keys()]) conn.close(code, reason);
    room.destroy();
  }

  /**
   * Closes every socket of a board that holds `role`: its link was replaced, so each of
   * them was let in with a key that no longer exists. Returns how many were closed.
   */
  closeRole(id: string, role: Role, code: number, reason: string): number {
    const room = this.rooms.get(id);
    if (!room) return 0;
    const holders = [...room.conns.keys()].filter((conn) => conn.role === role);
    for (const conn of holders) conn.close(code, reason);
    return holders.length;
  }

  /** On shutdown: store everything, compact, and tell clients to come back later. */
  async closeAll(): Promise<void> {
    clearInterval(this.sweeper);
    await this.flush();
    for (const room of [...this.rooms.values()]) {
      this.compact(room); // written by the store before it closes
      this.evict(room, 1001, 'server restarting');
    }
  }
}
