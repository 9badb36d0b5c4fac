import { CLOSE, canEdit, MESSAGE } from '@planroom/shared';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import type { Conn } from './conn.js';
import { LIMITS } from './limits.js';
import { isReady, type Needs, needsOf } from './needs.js';
import { BadPresence, checkPresence } from './presence.js';
import { malformed, Refusal } from './refusal.js';
import type { ConnState, Room } from './room.js';
import type { Rooms } from './rooms.js';
import { wouldChange } from './updates.js';

const overBudget = () => new Refusal(CLOSE.tryAgain, 'too much traffic on this connection; reconnect to resync');

function applyUpdate(room: Room, conn: Conn, state: ConnState, update: Uint8Array, isReply: boolean): void {
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
  let diff: Uint8Array;
  try {
    diff = Y.encodeStateAsUpdate(room.doc, stateVector);
  } catch {
    throw malformed('state vector does not decode');
  }
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

function handleAwareness(room: Room, conn: Conn, state: ConnState, frame: Uint8Array, d: decoding.Decoder) {
  if (frame.length > LIMITS.awarenessFrameBytes) throw new Refusal(CLOSE.tooBig, 'presence frame too large');
  const update = decoding.readVarUint8Array(d);
  let ids: number[];
  try {
    ids = checkPresence(update);
  } catch (err) {
    throw malformed(err instanceof BadPresence ? err.message : 'presence update does not decode');
  }
  const states = room.awareness.getStates();
  const fresh = new Set(ids.filter((id) => !state.awareness.has(id) && !states.has(id)));
  if (state.awareness.size + fresh.size > LIMITS.awarenessIdsPerConn) {
    throw malformed(`more than ${LIMITS.awarenessIdsPerConn} presence ids on one connection`);
  }
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
