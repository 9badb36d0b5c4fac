import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { CLOSE, canEdit, MAX_FRAME_BYTES } from '@planroom/shared';
import { type RawData, type WebSocket, WebSocketServer } from 'ws';
import type { Logger } from '../log.js';
import { rateLimited } from '../log.js';
import type { Conn } from '../rooms/conn.js';
import { LIMITS } from '../rooms/limits.js';
import { handleFrame } from '../rooms/messages.js';
import { Refusal } from '../rooms/refusal.js';
import type { Room } from '../rooms/room.js';
import type { Rooms } from '../rooms/rooms.js';
import { type LinksDeps, type SocketAccess, socketAccess } from './links.js';

let nextConnId = 1;

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
 * The largest frame a viewer may send: its state vector or its presence (each bounded in
 * LIMITS), a comment. Anything larger could only be a write, which a viewer's link never
 * makes, so the socket refuses it from the frame's header (1009) before reading a byte of
 * it: a read-only link cannot make the server receive megabytes.
 */
export const VIEWER_MAX_FRAME_BYTES = Math.max(LIMITS.syncStep1Bytes, LIMITS.awarenessFrameBytes) + 64;

const SYNC_PATH = /^\/ws\/([^/]+)$/;

/** The WebSocket side of the server, for shutdown. */
export interface SyncSockets {
  /** Every open socket. */
  all(): WebSocket[];
}

/** A frame as its own bytes: `ws` may hand out a view of a larger read buffer, which a held update must not pin. */
function ownBytes(data: Buffer): Uint8Array {
  return data.byteOffset === 0 && data.byteLength === data.buffer.byteLength ? data : new Uint8Array(data);
}

function refuseUpgrade(socket: Duplex, status: 400 | 404): void {
  socket.end(`HTTP/1.1 ${status} ${status === 404 ? 'Not Found' : 'Bad Request'}\r\nConnection: close\r\n\r\n`);
}

/**
 * `GET /ws/:boardId?ticket=…` (or `?token=…`): the y-websocket protocol, with roles
 * enforced per frame. The upgrade is handled here, on `ws` itself, not through the HTTP
 * router: the link's role is known before the socket exists, so a viewer's socket gets a
 * small frame limit, and each frame reaches the room as it arrived, without a copy or an
 * event object per frame.
 */
export function mountSync(server: Server, deps: LinksDeps & { rooms: Rooms; log: Logger }): SyncSockets {
  const warn = rateLimited(deps.log.warn);
  const error = rateLimited(deps.log.error);
  const writers = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });
  const readers = new WebSocketServer({ noServer: true, maxPayload: VIEWER_MAX_FRAME_BYTES });

  /** The socket of an upgrade whose access and room are known. */
  const open = (ws: WebSocket, boardId: string, access: SocketAccess, room: Room | null) => {
    // `ws` reports a frame it refuses (over the size limit, bad framing) here, then closes
    // the socket itself with the matching code (1009, 1002)
    ws.on('error', (err: Error & { code?: string }) =>
      warn(`board ${boardId}: socket closed: ${err.code ?? err.message}`),
    );
    // Refusals are sent as close codes after the upgrade: a browser cannot read an HTTP
    // status from a failed upgrade, and y-websocket would retry forever.
    if ('code' in access) return ws.close(access.code, access.reason);
    if (!room) return ws.close(CLOSE.notFound, 'no such board');
    if (room.refusal) return ws.close(room.refusal.code, room.refusal.reason);
    const conn: Conn & { closed: boolean } = {
      id: nextConnId++,
      role: access.role,
      closed: false,
      send: (data) => {
        if (!conn.closed) ws.send(data);
      },
      close: (code, reason) => {
        if (conn.closed) return;
        conn.closed = true;
        ws.close(code, closeReason(reason));
        // the close frame would wait behind the queue of a reader that stopped reading
        if (ws.bufferedAmount > LIMITS.sendQueueBytes) ws.terminate();
      },
      bufferedAmount: () => ws.bufferedAmount,
    };
    deps.rooms.attach(room, conn);
    room.greet(conn);
    ws.on('message', (data: RawData, isBinary: boolean) => {
      if (conn.closed) return;
      if (!isBinary || !Buffer.isBuffer(data)) {
        warn(`board ${room.id} conn ${conn.id}: text frame refused (4400)`);
        conn.close(CLOSE.malformed, 'expected a binary frame');
        return;
      }
      try {
        handleFrame(deps.rooms, room, conn, ownBytes(data));
      } catch (err) {
        const refusal = err instanceof Refusal ? err : new Refusal(1011, 'internal error');
        if (!(err instanceof Refusal)) error(`board ${room.id}: ${(err as Error).message}`);
        warn(`board ${room.id} conn ${conn.id} (${conn.role}): ${refusal.message} (${refusal.code})`);
        conn.close(refusal.code, refusal.message);
      }
    });
    ws.on('close', () => {
      conn.closed = true;
      deps.rooms.detach(room, conn);
    });
  };

  const upgrade = async (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(req.url ?? '/', 'http://planroom.invalid');
    const match = SYNC_PATH.exec(url.pathname);
    if (!match?.[1]) return refuseUpgrade(socket, 404);
    if (req.headers.upgrade?.toLowerCase() !== 'websocket') return refuseUpgrade(socket, 400);
    const boardId = match[1];
    const query = {
      ticket: url.searchParams.get('ticket') ?? undefined,
      token: url.searchParams.get('token') ?? undefined,
    };
    // Who it is and the board are settled before the socket exists, so no frame can come
    // before its room is there, and the role picks the frame limit.
    const access = await socketAccess(deps, boardId, query);
    const room = 'code' in access ? null : await deps.rooms.open(boardId);
    if (socket.destroyed) return;
    const wss = 'role' in access && canEdit(access.role) ? writers : readers;
    wss.handleUpgrade(req, socket, head, (ws) => open(ws, boardId, access, room));
  };
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    upgrade(req, socket, head).catch((err: Error) => {
      error(`upgrade of ${req.url?.split('?')[0]}: ${err.message}`);
      if (!socket.destroyed) socket.end('HTTP/1.1 500 Internal Server Error\r\nConnection: close\r\n\r\n');
    });
  });
  server.on('close', () => {
    writers.close();
    readers.close();
  });
  return { all: () => [...writers.clients, ...readers.clients] };
}
