import { upgradeWebSocket } from '@hono/node-server';
import { CLOSE } from '@planroom/shared';
import type { Hono } from 'hono';
import type { WSContext } from 'hono/ws';
import type { WebSocket } from 'ws';
import type { Logger } from '../log.js';
import { rateLimited } from '../log.js';
import type { Conn } from '../rooms/conn.js';
import { LIMITS } from '../rooms/limits.js';
import { handleFrame } from '../rooms/messages.js';
import { Refusal } from '../rooms/refusal.js';
import type { Room } from '../rooms/room.js';
import type { Rooms } from '../rooms/rooms.js';
import { type LinksDeps, socketAccess } from './links.js';

let nextConnId = 1;

/** Frames a socket may send while its board is being opened (a client sends two or three). */
const EARLY_FRAMES = 64;

/** A close frame's reason holds at most 123 bytes (RFC 6455); `ws` throws on a longer one. */
const CLOSE_REASON_BYTES = 123;

/** `reason`, cut to fit a close frame (on a character boundary, with an ellipsis). */
export function closeReason(reason: string): string {
  if (Buffer.byteLength(reason) <= CLOSE_REASON_BYTES) return reason;
  let cut = '';
  for (const ch of reason) {
    if (Buffer.byteLength(`${cut}${ch}…`) > CLOSE_REASON_BYTES) break;
    cut += ch;
  }
  return `${cut}…`;
}

/**
 * `GET /ws/:boardId?ticket=…` (or `?token=…`): the y-websocket protocol, with roles
 * enforced per frame.
 */
export function mountSync(app: Hono, deps: LinksDeps & { rooms: Rooms; log: Logger }): void {
  const warn = rateLimited(deps.log.warn);
  const error = rateLimited(deps.log.error);
  app.get(
    '/ws/:boardId',
    upgradeWebSocket((c) => {
      const boardId = c.req.param('boardId') ?? '';
      const query = { ticket: c.req.query('ticket'), token: c.req.query('token') };
      let room: Room | null = null;
      let conn: (Conn & { closed: boolean }) | null = null;
      // frames that came while the store was asked who this is and for the board (a
      // client sends its sync step 1 at once); handled in order once the room is there
      let early: MessageEvent[] | null = [];
      let gone = false;
      const handle = (evt: MessageEvent) => {
        if (!room || !conn || conn.closed) return;
        if (!(evt.data instanceof ArrayBuffer)) {
          warn(`board ${room.id} conn ${conn.id}: text frame refused (4400)`);
          conn.close(CLOSE.malformed, 'expected a binary frame');
          return;
        }
        try {
          handleFrame(deps.rooms, room, conn, new Uint8Array(evt.data));
        } catch (err) {
          const refusal = err instanceof Refusal ? err : new Refusal(1011, 'internal error');
          if (!(err instanceof Refusal)) error(`board ${room.id}: ${(err as Error).message}`);
          warn(`board ${room.id} conn ${conn.id} (${conn.role}): ${refusal.message} (${refusal.code})`);
          conn.close(refusal.code, refusal.message);
        }
      };
      const open = async (ws: WSContext) => {
        // Refusals are sent as close codes after the upgrade: a browser cannot read an
        // HTTP status from a failed upgrade, and y-websocket would retry forever.
        const access = await socketAccess(deps, boardId, query);
        if ('code' in access) return ws.close(access.code, access.reason);
        const opened = await deps.rooms.open(boardId);
        if (gone) return;
        if (!opened) return ws.close(CLOSE.notFound, 'no such board');
        if (opened.refusal) return ws.close(opened.refusal.code, opened.refusal.reason);
        const raw = ws.raw as WebSocket;
        const c: Conn & { closed: boolean } = {
          id: nextConnId++,
          role: access.role,
          closed: false,
          send: (data) => {
            if (!c.closed) raw.send(data);
          },
          close: (code, reason) => {
            if (c.closed) return;
            c.closed = true;
            ws.close(code, closeReason(reason));
            // the close frame would wait behind the queue of a reader that stopped reading
            if (raw.bufferedAmount > LIMITS.sendQueueBytes) raw.terminate();
          },
          bufferedAmount: () => raw.bufferedAmount,
        };
        room = opened;
        conn = c;
        deps.rooms.attach(room, conn);
        room.greet(conn);
        const waiting = early ?? [];
        early = null;
        for (const evt of waiting) handle(evt);
      };
      return {
        onOpen(_evt, ws) {
          open(ws).catch((err: Error) => {
            error(`board ${boardId}: ${err.message}`);
            if (!gone) ws.close(1011, 'storage unavailable; retrying');
          });
        },
        onMessage(evt, ws) {
          if (!early) return handle(evt);
          // a client that floods before it is let in is asked to come back
          if (early.length < EARLY_FRAMES) early.push(evt);
          else ws.close(CLOSE.tryAgain, 'too many frames before the board was open');
        },
        onClose() {
          gone = true;
          early = null;
          if (room && conn) {
            conn.closed = true;
            deps.rooms.detach(room, conn);
          }
        },
      };
    }),
  );
}
