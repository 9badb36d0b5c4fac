import { CLOSE, MESSAGE } from '@planroom/shared';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import type { Conn } from './conn.js';
import { HeldUpdates } from './held.js';
import { Budget, LIMITS } from './limits.js';

/** Origin of the server's own writes when loading from the store: never re-persisted. */
export const LOAD_ORIGIN = { name: 'planroom-load' } as const;

/** What a room knows about one of its connections. */
export interface ConnState {
  /** The awareness client ids this connection controls. */
  awareness: Set<number>;
  /** The client has answered a sync step 1 of ours with its sync step 2. */
  answered: boolean;
  budget: Budget;
}

export function connState(): ConnState {
  return { awareness: new Set(), answered: false, budget: new Budget() };
}

/**
 * One loaded board: its document, presence, and the sockets on it. Persistence and
 * ordering live in Rooms; a Room only knows how to talk to its connections.
 */
export class Room {
  readonly doc = new Y.Doc({ gc: true });
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly conns = new Map<Conn, ConnState>();
  /** Updates waiting for changes the server does not have yet; see HeldUpdates. */
  readonly held = new HeldUpdates();
  lastSeq = 0;
  updatesSinceSnapshot = 0;
  /** A compaction of this board is with the store. */
  compacting = false;
  /** Set when the board cannot be served (e.g. a schema newer than this server). */
  refusal: { code: number; reason: string } | null = null;
  idleTimer: NodeJS.Timeout | null = null;

  constructor(readonly id: string) {
    // the server has no presence of its own
    this.awareness.setLocalState(null);
    this.awareness.on('update', this.onAwareness);
  }

  private onAwareness = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ) => {
    const owner = this.conns.get(origin as Conn)?.awareness;
    if (owner) {
      // a state set again after it was removed counts as updated, not added
      for (const id of [...added, ...updated]) owner.add(id);
      for (const id of removed) owner.delete(id);
    }
    this.broadcast(this.presenceFrame([...added, ...updated, ...removed]));
  };

  /**
   * An awareness frame for `ids`. States are checked before they are stored; should one
   * still fail to encode, it is dropped rather than break presence for every socket.
   */
  private presenceFrame(ids: number[]): Uint8Array {
    let update: Uint8Array;
    try {
      update = awarenessProtocol.encodeAwarenessUpdate(this.awareness, ids);
    } catch {
      const states = this.awareness.getStates();
      const bad = ids.filter((id) => {
        try {
          JSON.stringify(states.get(id) ?? null);
          return false;
        } catch {
          return true;
        }
      });
      awarenessProtocol.removeAwarenessStates(this.awareness, bad, null);
      update = awarenessProtocol.encodeAwarenessUpdate(this.awareness, ids);
    }
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE.awareness);
    encoding.writeVarUint8Array(encoder, update);
    return encoding.toUint8Array(encoder);
  }

  /** Sends to every connection but `except`; drops readers too slow to keep up. */
  broadcast(message: Uint8Array, except?: Conn): void {
    for (const conn of this.conns.keys()) {
      if (conn !== except) this.sendTo(conn, message);
    }
  }

  sendTo(conn: Conn, message: Uint8Array): void {
    conn.send(message);
    // checked after the send, so a reader that stopped reading is dropped the moment its
    // queue passes the limit, not when (if ever) it reads again
    if (conn.bufferedAmount() > LIMITS.sendQueueBytes)
      conn.close(CLOSE.tryAgain, 'connection too slow; reconnect to resync');
  }

  broadcastUpdate(update: Uint8Array, except?: Conn): void {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE.sync);
    syncProtocol.writeUpdate(encoder, update);
    this.broadcast(encoding.toUint8Array(encoder), except);
  }

  /** The greeting: our state vector (sync step 1) and everyone's presence. */
  greet(conn: Conn): void {
    this.askForMissing(conn);
    this.sendAwareness(conn);
  }

  /** Sync step 1: the client answers with everything it has that the server lacks. */
  askForMissing(conn: Conn): void {
    const state = this.conns.get(conn);
    if (state) state.answered = false;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE.sync);
    syncProtocol.writeSyncStep1(encoder, this.doc);
    this.sendTo(conn, encoding.toUint8Array(encoder));
  }

  /** Everyone's presence to one connection; returns the bytes sent. */
  sendAwareness(conn: Conn): number {
    const states = [...this.awareness.getStates().keys()];
    if (!states.length) return 0;
    const frame = this.presenceFrame(states);
    this.sendTo(conn, frame);
    return frame.length;
  }

  /** Forgets a connection and the presence it controlled. */
  detach(conn: Conn): void {
    const ids = this.conns.get(conn)?.awareness;
    this.conns.delete(conn);
    this.held.drop(conn);
    if (ids?.size) awarenessProtocol.removeAwarenessStates(this.awareness, [...ids], null);
  }

  destroy(): void {
    this.awareness.off('update', this.onAwareness);
    this.awareness.destroy();
    this.doc.destroy();
  }
}
