import {
  type BoardJson,
  type RestoredVersion,
  restoreBoard,
  type VersionInfo,
  type VersionPerson,
  type VersionReason,
} from '@planroom/shared';
import * as Y from 'yjs';
import type { Logger } from '../log.js';
import type { NewVersion, Store } from '../store/store.js';
import type { Conn } from './conn.js';
import type { Room } from './room.js';

/** The origin of a restore: the server's own write, stored and sent like any change. */
export const RESTORE_ORIGIN = { name: 'planroom-restore' } as const;

export const HOUR_MS = 60 * 60 * 1000;

/** A board's newest version and the last update it covers (`Store.latestVersion`). */
export type LatestVersion = Awaited<ReturnType<Store['latestVersion']>>;

export interface HistoryOptions {
  store: Store;
  log: Logger;
  /** Wall clock in ms; tests move it by hand. */
  now: () => number;
  /** At most one automatic version this often while edits happen. */
  autoEveryMs: number;
  /** Runs `fn` once every change queued so far is stored. */
  whenStored(fn: () => void): void;
}

/** What the policy tracks for one loaded board. */
interface Tracked {
  /** The board changed since its newest version. */
  dirty: boolean;
  /** When the newest version was taken (or the board created), ms. */
  lastAt: number;
  /** Who was connected since the newest version, by role and name. */
  people: Map<string, VersionPerson>;
  /** An automatic version is on its way. */
  taking: boolean;
}

const personKey = (p: VersionPerson) => `${p.role}\u0000${p.name}`;

/** The display name a presence state carries, if any. */
function nameOf(state: unknown): string | null {
  const user = (state as { user?: { name?: unknown } } | null)?.user;
  const name = typeof user?.name === 'string' ? user.name.trim() : '';
  return name ? name.slice(0, 80) : null;
}

/**
 * Version history of loaded boards: the policy (automatic versions at most once an hour
 * while edits happen, one when the last person leaves if the board changed, named ones on
 * request), who was there, and restores. A version's content is encoded from the room's
 * document when it is taken, and written by the store's writer thread once the changes
 * before it are stored.
 * Nothing here keeps a version's content after the call that needed it.
 */
export class History {
  private readonly tracked = new WeakMap<Room, Tracked>();

  constructor(private readonly opts: HistoryOptions) {}

  /** Starts tracking a board just loaded with everything stored up to `lastSeq`, and `latest`, its newest version. */
  track(room: Room, lastSeq: number, createdAt: string, latest: LatestVersion): void {
    const t: Tracked = {
      dirty: lastSeq > (latest?.seq ?? 0),
      lastAt: Date.parse(latest?.info.createdAt ?? createdAt) || this.opts.now(),
      people: new Map(),
      taking: false,
    };
    this.tracked.set(room, t);
    room.awareness.on('update', ({ added, updated }: { added: number[]; updated: number[] }, origin: unknown) => {
      const conn = origin as Conn;
      if (!room.conns.has(conn)) return;
      for (const id of [...added, ...updated]) this.saw(t, room.awareness.getStates().get(id), conn);
    });
  }

  private saw(t: Tracked, state: unknown, conn: Conn): void {
    const name = nameOf(state);
    if (!name) return;
    const person = { name, role: conn.role };
    t.people.set(personKey(person), person);
  }

  /** A change to the board (queued for the store): an automatic version when an hour has passed. */
  edited(room: Room): void {
    const t = this.tracked.get(room);
    if (!t) return;
    t.dirty = true;
    if (t.taking || this.opts.now() - t.lastAt < this.opts.autoEveryMs) return;
    t.taking = true;
    this.take(room, 'auto', null)
      .catch((err: Error) => this.opts.log.error(`board ${room.id}: automatic version failed: ${err.message}`))
      .finally(() => {
        t.taking = false;
      });
  }

  /** The last connection left: a version, if the board changed since the newest one. */
  left(room: Room): void {
    const t = this.tracked.get(room);
    if (!t?.dirty) return;
    this.take(room, 'left', null).catch((err: Error) =>
      this.opts.log.error(`board ${room.id}: version on leaving failed: ${err.message}`),
    );
  }

  /**
   * Takes a version of the board as it is at this moment. The row is written once every
   * change queued so far is stored, by the writer thread, so a version never holds a change
   * that is not on disk.
   */
  take(room: Room, reason: VersionReason, name: string | null): Promise<VersionInfo> {
    const version = this.capture(room, reason, name);
    return new Promise<void>((resolve) => this.opts.whenStored(resolve)).then(() =>
      // seq: the last update stored when the row is written, to tell after a restart
      // whether the board changed since (it may count a change made a moment later)
      this.opts.store.addVersion({ ...version, seq: room.lastSeq }),
    );
  }

  /** The version's content and record now; who was there starts again from those connected. */
  private capture(room: Room, reason: VersionReason, name: string | null): Omit<NewVersion, 'seq'> {
    const t = this.tracked.get(room);
    const people = t ? [...t.people.values()].sort((a, b) => a.name.localeCompare(b.name)) : [];
    const now = this.opts.now();
    if (t) {
      t.dirty = false;
      t.lastAt = now;
      this.resetPeople(room, t);
    }
    return {
      boardId: room.id,
      createdAt: new Date(now).toISOString(),
      name,
      reason,
      people,
      data: Y.encodeStateAsUpdateV2(room.doc),
    };
  }

  /** Those still connected are "connected since" the version just taken. */
  private resetPeople(room: Room, t: Tracked): void {
    t.people.clear();
    for (const [id, state] of room.awareness.getStates()) {
      const conn = room.presenceOwner(id);
      if (conn) this.saw(t, state, conn);
    }
  }

  /**
   * Owners restore a version: the board as it is becomes a 'before-restore' version, then
   * the version's content (`target`, its Board JSON) is written into the live document as
   * one transaction, which the write path stores and then sends to everyone as one update.
   */
  async restore(room: Room, version: VersionInfo, target: BoardJson): Promise<RestoredVersion> {
    // one after the other with nothing between: the undo version is the board just before
    const undo = this.take(room, 'before-restore', null);
    restoreBoard(room.doc, target, RESTORE_ORIGIN);
    const stored = new Promise<void>((resolve) => this.opts.whenStored(resolve));
    const [info] = await Promise.all([undo, stored]);
    return { restored: version, undo: info };
  }
}
