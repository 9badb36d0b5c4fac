import { CLOSE, canEdit, MESSAGE, PRESENCE_STATE_MAX_BYTES } from '@planroom/shared';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { handleComment } from './comments.js';
import type { Conn } from './conn.js';
import { isEmptyStateVector } from './encoded.js';
import { LIMITS } from './limits.js';
import { isReady, type Needs, needsOf } from './needs.js';
import { BadPresence, type PresenceEntry, readPresence, stampRole } from './presence.js';
import { malformed, Refusal } from './refusal.js';
import type { ConnState, Room } from './room.js';
import type { Rooms } from './rooms.js';
import { wouldChange } from './updates.js';
import { handleWorkshop } from './workshop.js';

const overBudget = () => new Refusal(CLOSE.tryAgain, 'too much traffic on this connection; reconnect to resync');

function applyUpdate(room: Room, conn: Conn, state: ConnState, update: Uint8Array, isReply: boolean): void {
  // a board decoded only now may turn out to be refused (schema too new)
  void room.doc;
  if (room.refusal) throw new Refusal(room.refusal.code, room.refusal.reason);
  let needs: Needs;
  try {
    needs = needsOf(update);
  } catch {
    throw malformed('update does not decode');
  }
  if (!isReady(room.doc, needs)) {
    // Not malformed: an honest client edits before its offline changes reach us (the
    // stock client does when it edits in its 'status' handler). Hold it until they come.
    if (!room.held.hold(conn, update, needs)) {
      room.held.drop(conn);
      throw new Refusal(CLOSE.tryAgain, 'too many updates waiting for changes the server lacks; reconnect to resync');
    }
    // A client that already answered our sync step 1 will not send the rest unasked.
    if (state.answered) room.askForMissing(conn);
    return;
  }
  if (isReply) state.answered = true;
  integrate(room, conn, update);
}

/** Applies an update that leaves nothing pending, then every held update it makes ready. */
function integrate(room: Room, conn: Conn, update: Uint8Array): void {
  try {
    Y.applyUpdate(room.doc, update, conn);
  } catch {
    throw malformed('update could not be applied');
  }
  for (let ready = room.held.takeReady(room.doc); ready.length; ready = room.held.takeReady(room.doc)) {
    for (const h of ready) Y.applyUpdate(room.doc, h.update, h.conn);
  }
  const store = room.doc.store;
  if (store.pendingStructs || store.pendingDs) {
    // needsOf missed a dependency: never let Yjs keep (and retry) a backlog in the doc
    store.pendingStructs = null;
    store.pendingDs = null;
    throw new Refusal(CLOSE.tryAgain, 'update depends on changes the server lacks; reconnect to resync');
  }
}

/** A viewer's update is never applied; one that would change anything is refused. */
function checkViewerUpdate(room: Room, update: Uint8Array): void {
  let changes: boolean;
  try {
    changes = wouldChange(room.doc, update);
  } catch {
    throw malformed('update does not decode');
  }
  if (changes) throw new Refusal(CLOSE.forbidden, 'viewers cannot change the board');
}

function replyStep2(rooms: Rooms, room: Room, conn: Conn, state: ConnState, decoder: decoding.Decoder): void {
  const stateVector = decoding.readVarUint8Array(decoder);
  const empty = isEmptyStateVector(stateVector);
  if (empty && room.encoded.usable) {
    // A client with nothing gets the bytes at hand: no encode of the whole board, and on a
    // board just opened no decode before the answer. Built when sent, after the commit of
    // everything queued before, so it holds exactly what is stored.
    if (!state.budget.reply(room.encoded.bytes)) throw overBudget();
    rooms.whenStored(() => {
      const frames = room.encoded.frames();
      // a stored update that does not merge: the client resyncs, from the document this time
      if (!frames) return conn.close(CLOSE.tryAgain, 'stored state unreadable; reconnect to resync');
      for (const frame of frames) room.sendTo(conn, frame);
      rooms.decodeSoon(room);
    });
    return;
  }
  let diff: Uint8Array;
  try {
    diff = Y.encodeStateAsUpdate(room.doc, stateVector);
  } catch {
    throw malformed('state vector does not decode');
  }
  // the whole board, and every change in the document stored: the next client gets these bytes
  if (empty && room.pending === 0 && !room.refusal) room.encoded.rebase(diff);
  if (!state.budget.reply(diff.length)) throw overBudget();
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE.sync);
  encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep2);
  encoding.writeVarUint8Array(encoder, diff);
  const reply = encoding.toUint8Array(encoder);
  // the reply may carry changes still being committed: it leaves once they are stored
  rooms.whenStored(() => room.sendTo(conn, reply));
}

function handleSync(rooms: Rooms, room: Room, conn: Conn, state: ConnState, frame: Uint8Array, d: decoding.Decoder) {
  const kind = decoding.readVarUint(d);
  if (kind === syncProtocol.messageYjsSyncStep1) {
    if (frame.length > LIMITS.syncStep1Bytes) throw new Refusal(CLOSE.tooBig, 'state vector too large');
    replyStep2(rooms, room, conn, state, d);
    return;
  }
  if (kind !== syncProtocol.messageYjsSyncStep2 && kind !== syncProtocol.messageYjsUpdate) {
    throw malformed(`unknown sync message ${kind}`);
  }
  if (canEdit(conn.role)) {
    applyUpdate(room, conn, state, decoding.readVarUint8Array(d), kind === syncProtocol.messageYjsSyncStep2);
  } else if (frame.length <= LIMITS.viewerCheckedBytes) {
    checkViewerUpdate(room, decoding.readVarUint8Array(d));
  }
  // a larger frame from a viewer is dropped unread: it could never be applied
}

/**
 * Whether a presence frame carries a client id that another connection holds (or the
 * server's own). Such a frame is dropped whole. It counts as an offence only once that
 * owner has shown it is alive since this connection first tried the id: a client back on
 * a new socket while its old one lingers sends its own id, and the old socket, gone
 * quiet, loses the id when its state times out (30 s), after which the frame is taken.
 */
function spoofs(
  room: Room,
  conn: Conn,
  state: ConnState,
  entries: PresenceEntry[],
): { spoof: boolean; offence: boolean } {
  let spoof = false;
  let offence = false;
  for (const { id } of entries) {
    if (id === room.awareness.clientID) {
      spoof = offence = true;
      continue;
    }
    const owner = room.presenceOwner(id);
    if (!owner || owner === conn) continue;
    spoof = true;
    const clock = room.awareness.meta.get(id)?.clock ?? 0;
    const seen = state.spoofed.get(id);
    if (seen !== undefined) offence ||= clock > seen;
    else if (state.spoofed.size < LIMITS.awarenessIdsPerConn) state.spoofed.set(id, clock);
    else offence = true;
  }
  return { spoof, offence };
}

/** Counts a refused presence frame; past LIMITS.presenceOffences the connection is closed. */
function offend(state: ConnState, reason: string): void {
  if (++state.presenceOffences >= LIMITS.presenceOffences) {
    throw malformed(`${LIMITS.presenceOffences} presence frames refused: ${reason}`);
  }
}

function handleAwareness(room: Room, conn: Conn, state: ConnState, frame: Uint8Array, d: decoding.Decoder) {
  if (frame.length > LIMITS.awarenessFrameBytes) throw new Refusal(CLOSE.tooBig, 'presence frame too large');
  let entries: PresenceEntry[];
  const seen = room.awareness.meta;
  try {
    entries = readPresence(decoding.readVarUint8Array(d), (id, clock) => clock <= (seen.get(id)?.clock ?? -1));
  } catch (err) {
    throw malformed(err instanceof BadPresence ? err.message : 'presence update does not decode');
  }
  // only echoes: the stock client sends back every state it receives; nothing to do
  if (!entries.length) return;
  const rate = state.presenceRate.take();
  if (rate === 'over') throw new Refusal(CLOSE.tryAgain, 'too many presence updates; reconnect');
  // dropped, not relayed: the client's next frame carries its latest state
  if (rate === 'drop') return;
  const { spoof, offence } = spoofs(room, conn, state, entries);
  if (spoof) {
    if (offence) offend(state, "presence for another connection's client id");
    return;
  }
  const states = room.awareness.getStates();
  const fresh = new Set(entries.map((e) => e.id).filter((id) => !state.awareness.has(id) && !states.has(id)));
  if (state.awareness.size + fresh.size > LIMITS.awarenessIdsPerConn) {
    throw malformed(`more than ${LIMITS.awarenessIdsPerConn} presence ids on one connection`);
  }
  // others see the role of the connection's link, never the one a client claims
  const { update, largest } = stampRole(entries, conn.role);
  if (largest > PRESENCE_STATE_MAX_BYTES) {
    offend(state, `a presence state over ${PRESENCE_STATE_MAX_BYTES} bytes`);
    return;
  }
  for (const { id } of entries) state.spoofed.delete(id);
  awarenessProtocol.applyAwarenessUpdate(room.awareness, update, conn);
}

/**
 * Handles one binary frame of the y-websocket protocol. Throws a Refusal for anything the
 * connection must be closed for; a refused frame has changed nothing.
 */
export function handleFrame(rooms: Rooms, room: Room, conn: Conn, frame: Uint8Array): void {
  const state = room.conns.get(conn);
  if (!state) return;
  if (!state.budget.frame(frame.length)) throw overBudget();
  const decoder = decoding.createDecoder(frame);
  try {
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case MESSAGE.sync:
        handleSync(rooms, room, conn, state, frame, decoder);
        break;
      case MESSAGE.awareness:
        handleAwareness(room, conn, state, frame, decoder);
        break;
      case MESSAGE.workshop:
        handleWorkshop(room, conn, state, frame, decoder);
        break;
      case MESSAGE.comment:
        handleComment(rooms, room, conn, state, frame, decoder);
        break;
      case MESSAGE.queryAwareness:
        if (!state.budget.reply(room.sendAwareness(conn))) throw overBudget();
        break;
      default:
        throw malformed(`unknown message type ${type}`);
    }
  } catch (err) {
    if (err instanceof Refusal) throw err;
    throw malformed('frame is truncated or does not decode');
  }
}
