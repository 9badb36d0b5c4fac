import { randomUUID } from 'node:crypto';
import {
  CLOSE,
  type CommentAuthor,
  MESSAGE,
  TIMER_STOPPED,
  type TimerState,
  type WorkshopEvent,
} from '@planroom/shared';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import type { Conn } from './conn.js';
import type { EncodedState } from './encoded.js';
import { HeldUpdates } from './held.js';
import { Budget, LIMITS, Rate } from './limits.js';
import type { RoomVote } from './votes.js';
import { workshopFrame } from './workshop.js';

/** Origin of the server's own writes when loading from the store: never re-persisted. */
export const LOAD_ORIGIN = { name: 'planroom-load' } as const;

/** What a room knows about one of its connections. */
export interface ConnState {
  /** The awareness client ids this connection introduced (and has not removed or lost). */
  awareness: Set<number>;
  /** The client has answered a sync step 1 of ours with its sync step 2. */
  answered: boolean;
  budget: Budget;
  /** Awareness frames, within LIMITS.awarenessRate. */
  presenceRate: Rate;
  /** Presence frames refused for what they carry; at LIMITS.presenceOffences the socket is closed. */
  presenceOffences: number;
  /**
   * Client ids of other connections this one sent presence for, with the owner's clock at
   * the first attempt: only once the owner has shown it is alive since does a further
   * attempt count as an offence (see handleAwareness).
   */
  spoofed: Map<number, number>;
  /** The client said workshop hello: it understands workshop frames and is sent them. */
  workshop: boolean;
  /** Workshop requests, within LIMITS.workshopRate. */
  workshopRate: Rate;
  /** Whose dots this connection places: the browser's secret voter key from hello, else its own. */
  voter: string;
  /** Who this connection comments as, from its comment hello (null until then). */
  commenter: CommentAuthor | null;
  /** Comment requests, within LIMITS.commentRate. */
  commentRate: Rate;
}

export function connState(): ConnState {
  return {
    awareness: new Set(),
    answered: false,
    budget: new Budget(),
    presenceRate: new Rate(LIMITS.awarenessRate),
    presenceOffences: 0,
    spoofed: new Map(),
    workshop: false,
    workshopRate: new Rate(LIMITS.workshopRate),
    voter: `conn:${randomUUID()}`,
    commenter: null,
    commentRate: new Rate(LIMITS.commentRate),
  };
}

/**
 * One loaded board: its document, presence, and the sockets on it. Persistence and
 * ordering live in Rooms; a Room only knows how to talk to its connections.
 */
export class Room {
  /** Presence has a small document of its own: the board's may not be decoded yet. */
  readonly awareness = new awarenessProtocol.Awareness(new Y.Doc());
  readonly conns = new Map<Conn, ConnState>();
  /** The board's whole state as bytes, answering clients that have nothing (see EncodedState). */
  readonly encoded: EncodedState;
  /** Changes applied to the document and not yet stored: the encoded state does not hold them. */
  pending = 0;
  private liveDoc: Y.Doc | null = null;
  /** Fills a new document from the store: replay, listeners, migrations (see Rooms). */
  private decoder: ((doc: Y.Doc) => void) | null;
  /** Updates waiting for changes the server does not have yet; see HeldUpdates. */
  readonly held = new HeldUpdates();
  lastSeq = 0;
  updatesSinceSnapshot = 0;
  /** A compaction of this board is with the store. */
  compacting = false;
  /** Set when the board cannot be served (e.g. a schema newer than this server). */
  refusal: { code: number; reason: string } | null = null;
  idleTimer: NodeJS.Timeout | null = null;
  /** Decodes the board soon after it opened (see Rooms.decodeSoon); null once decoded. */
  decodeTimer: NodeJS.Timeout | null = null;
  /** Which connection introduced each awareness client id (see ConnState.awareness). */
  private readonly presenceOwners = new Map<number, Conn>();
  /** The awareness client id everyone in the workshop follows; kept in memory only. */
  presenter: number | null = null;
  /** The workshop's countdown; kept in memory only. */
  timer: TimerState = TIMER_STOPPED;
  /** The dot vote running, with everyone's dots; kept in memory only until revealed. */
  vote: RoomVote | null = null;
  /** Called when the workshop state above changed here (cluster mode relays it to the other processes). */
  onShared: (() => void) | null = null;

  /** Client ids whose presence changed since the last relay (LIMITS.presenceTickMs). */
  private readonly presenceChanged = new Set<number>();
  private presenceTimer: NodeJS.Timeout | null = null;

  constructor(
    readonly id: string,
    encoded: EncodedState,
    decoder: (doc: Y.Doc) => void,
  ) {
    this.encoded = encoded;
    this.decoder = decoder;
    // the server has no presence of its own
    this.awareness.setLocalState(null);
    this.awareness.on('update', this.onAwareness);
  }

  /**
   * The board as a Y.Doc, decoded from the store on first use: opening a board reads its
   * bytes only, and clients with nothing are answered from them (`encoded`). Decoding a
   * 10,000-item board takes hundreds of ms; it happens when a client's first sync reply
   * has left, or when anything reads or writes the board.
   */
  get doc(): Y.Doc {
    if (this.liveDoc) return this.liveDoc;
    const doc = new Y.Doc({ gc: true });
    // set first: the decoder's migrations and listeners may read room.doc again
    this.liveDoc = doc;
    const decode = this.decoder;
    this.decoder = null;
    decode?.(doc);
    // everyone greeted so far was greeted without our state vector: ask them now
    if (!this.refusal) for (const conn of this.conns.keys()) this.askForMissing(conn);
    return doc;
  }

  get decoded(): boolean {
    return this.liveDoc !== null;
  }

  private onAwareness = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ) => {
    const conn = origin as Conn;
    const mine = this.conns.get(conn)?.awareness;
    if (mine) {
      // a state set again after it was removed counts as updated, not added
      for (const id of [...added, ...updated]) {
        // an id whose owner's state timed out can be taken over (a client back on a new
        // socket while its old one lingers): the old connection no longer has it
        const previous = this.presenceOwners.get(id);
        if (previous && previous !== conn) this.conns.get(previous)?.awareness.delete(id);
        this.presenceOwners.set(id, conn);
        mine.add(id);
      }
      for (const id of removed) {
        mine.delete(id);
        this.presenceOwners.delete(id);
      }
    }
    for (const id of [...added, ...updated, ...removed]) this.presenceChanged.add(id);
    this.presenceTimer ??= setTimeout(this.relayPresence, LIMITS.presenceTickMs);
    if (this.presenter !== null && removed.includes(this.presenter)) {
      this.presenter = null;
      this.broadcastWorkshop({ type: 'presenting', presenter: null });
    }
  };

  /** Everyone's states that changed in this tick, to every connection in one frame. */
  private relayPresence = () => {
    this.presenceTimer = null;
    const ids = [...this.presenceChanged];
    this.presenceChanged.clear();
    if (ids.length) this.broadcast(this.presenceFrame(ids));
  };

  /**
   * The connection whose client id `id` is, while its state is in the room: a state that
   * timed out (no renewal for 30 s) no longer holds the id.
   */
  presenceOwner(id: number): Conn | undefined {
    return this.awareness.getStates().has(id) ? this.presenceOwners.get(id) : undefined;
  }

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

  /** A workshop event to one connection, if it said hello (no other client knows the frame). */
  tell(conn: Conn, event: WorkshopEvent): void {
    if (this.conns.get(conn)?.workshop) this.sendTo(conn, workshopFrame(event));
  }

  /** A workshop event to every connection that said hello. */
  broadcastWorkshop(event: WorkshopEvent): void {
    const frame = workshopFrame(event);
    for (const [conn, state] of this.conns) {
      if (state.workshop) this.sendTo(conn, frame);
    }
    this.onShared?.();
  }

  broadcastUpdate(update: Uint8Array, except?: Conn): void {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE.sync);
    syncProtocol.writeUpdate(encoder, update);
    this.broadcast(encoding.toUint8Array(encoder), except);
  }

  /**
   * The greeting: our state vector (sync step 1) and everyone's presence. A board not yet
   * decoded sends its step 1 once it is (see `doc`); the client's own step 1 is answered
   * from the encoded state meanwhile.
   */
  greet(conn: Conn): void {
    if (this.liveDoc) this.askForMissing(conn);
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
    for (const id of ids ?? []) {
      if (this.presenceOwners.get(id) === conn) this.presenceOwners.delete(id);
    }
    if (ids?.size) awarenessProtocol.removeAwarenessStates(this.awareness, [...ids], null);
  }

  destroy(): void {
    if (this.presenceTimer) clearTimeout(this.presenceTimer);
    if (this.decodeTimer) clearTimeout(this.decodeTimer);
    this.awareness.off('update', this.onAwareness);
    this.awareness.destroy();
    this.awareness.doc.destroy();
    this.liveDoc?.destroy();
    this.decoder = null;
  }
}
