import { CLOSE, migrateBoard, type Role, SchemaTooNewError } from '@planroom/shared';
import type { Fanout } from '../cluster/fanout.js';
import type { Logger } from '../log.js';
import { replay, type Store, type StoredContent } from '../store/store.js';
import { Commits, type Queued } from './commits.js';
import type { Conn } from './conn.js';
import { History, HOUR_MS, type LatestVersion } from './history.js';
import { connState, LOAD_ORIGIN, Room } from './room.js';

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
  private readonly commits: Commits;
  private readonly sweeper: NodeJS.Timeout;
  /** Versions: the policy, who was there, restores. */
  readonly history: History;

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

  private load(id: string, createdAt: string, stored: StoredContent, latest: LatestVersion): Room {
    const room = new Room(id);
    const skipped = replay(room.doc, stored, LOAD_ORIGIN);
    if (skipped) this.opts.log.error(`board ${id}: ${skipped} stored updates could not be read and were skipped`);
    room.lastSeq = stored.lastSeq;
    room.updatesSinceSnapshot = stored.updates.length;
    room.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === LOAD_ORIGIN) return;
      this.commits.add({ room, update, origin });
      this.history.edited(room);
    });
    this.history.track(room, stored.lastSeq, createdAt, latest);
    try {
      const ran = migrateBoard(room.doc);
      if (ran.length) this.opts.log.info(`board ${id}: migrated (${ran.join(', ')})`);
    } catch (err) {
      if (!(err instanceof SchemaTooNewError)) throw err;
      room.refusal = { code: 4409, reason: 'board schema is newer than this server' };
      this.opts.log.warn(`board ${id}: ${err.message}`);
    }
    return room;
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
