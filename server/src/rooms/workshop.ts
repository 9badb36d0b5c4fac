import {
  applyTimerAction,
  CLOSE,
  MESSAGE,
  parseWorkshopRequest,
  type WorkshopEvent,
  type WorkshopRequest,
} from '@planroom/shared';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { Conn } from './conn.js';
import { LIMITS } from './limits.js';
import { malformed, Refusal } from './refusal.js';
import type { ConnState, Room } from './room.js';
import { handleVote, voteView } from './votes.js';

/*
 * The workshop channel (shared/src/workshop.ts): MESSAGE.workshop, then one JSON string.
 * A client opts in with `hello`, and only such clients are ever sent workshop events: the
 * stock y-websocket client does not know the frame type. Presenting and the timer are the
 * owner's; the room keeps both in memory only.
 */

/** The frame carrying one event. */
export function workshopFrame(event: WorkshopEvent): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE.workshop);
  encoding.writeVarString(encoder, JSON.stringify(event));
  return encoding.toUint8Array(encoder);
}

const OWNER_ONLY: Partial<Record<WorkshopRequest['type'], string>> = {
  present: 'only the board owner can bring everyone to their view',
  'stop-presenting': 'only the board owner can stop presenting',
  timer: 'only the board owner can run the timer',
  'vote-start': 'only the board owner can start a vote',
  'vote-reveal': 'only the board owner can reveal the votes',
  'vote-cancel': 'only the board owner can cancel the vote',
};

/**
 * Handles one workshop frame. A frame over LIMITS.workshopFrameBytes or one that is not a
 * request throws a 4400 Refusal; a request the sender may not make is answered with
 * `refused` (to the sender alone, if it said hello) and changes nothing.
 */
export function handleWorkshop(room: Room, conn: Conn, state: ConnState, frame: Uint8Array, d: decoding.Decoder) {
  if (frame.length > LIMITS.workshopFrameBytes) {
    throw malformed(`workshop message over ${LIMITS.workshopFrameBytes} bytes`);
  }
  const request = parseWorkshopRequest(decoding.readVarString(d));
  if ('error' in request) throw malformed(request.error);
  const rate = state.workshopRate.take();
  if (rate === 'over') throw new Refusal(CLOSE.tryAgain, 'too many workshop requests; reconnect');
  if (rate === 'drop') {
    room.tell(conn, { type: 'refused', reason: 'too many workshop requests at once; try again in a moment' });
    return;
  }
  if (request.type === 'hello') {
    state.workshop = true;
    if (request.voter) state.voter = `voter:${request.voter}`;
    const vote = voteView(room.vote, conn, state);
    room.tell(conn, { type: 'welcome', now: Date.now(), presenter: room.presenter, timer: room.timer, vote });
    return;
  }
  const ownerOnly = OWNER_ONLY[request.type];
  if (ownerOnly && conn.role !== 'owner') {
    room.tell(conn, { type: 'refused', reason: ownerOnly });
    return;
  }
  if (!state.workshop) return;
  switch (request.type) {
    case 'present':
      // only the sender's own presence: one it introduced (ConnState.awareness), still in the room
      if (room.presenceOwner(request.clientId) !== conn) {
        room.tell(conn, { type: 'refused', reason: 'you can only present your own view' });
        return;
      }
      room.presenter = request.clientId;
      room.broadcastWorkshop({ type: 'presenting', presenter: request.clientId });
      return;
    case 'stop-presenting':
      room.presenter = null;
      room.broadcastWorkshop({ type: 'presenting', presenter: null });
      return;
    case 'vote-start':
    case 'vote-cast':
    case 'vote-reveal':
    case 'vote-cancel': {
      const refusal = handleVote(room, conn, state, request);
      if (refusal) room.tell(conn, { type: 'refused', reason: refusal });
      else room.onShared?.();
      return;
    }
    case 'timer': {
      const now = Date.now();
      const timer = applyTimerAction(room.timer, request, now);
      if ('error' in timer) {
        room.tell(conn, { type: 'refused', reason: timer.error });
        return;
      }
      room.timer = timer;
      room.broadcastWorkshop({ type: 'timer', now, timer });
      return;
    }
  }
}
