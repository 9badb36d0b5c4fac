import { CLOSE } from '@planroom/shared';
import { ApiError } from './api';

/** Gets a fresh one-use ticket; rejects with an ApiError (HTTP status) or a network error. */
export type TicketSource = (signal: AbortSignal) => Promise<string>;

/** How long a ticket request may take before this attempt counts as a dropped connection. */
const TICKET_TIMEOUT_MS = 10_000;

/** An abnormal closure: y-websocket backs off and tries again (with a new ticket). */
const RETRY = 1006;

/** The close a failed ticket request stands for, as the server would have closed the socket. */
export function closeForTicketError(error: unknown): { code: number; reason: string } {
  const status = error instanceof ApiError ? error.status : 0;
  if (status === 401 || status === 403)
    return { code: CLOSE.unauthorized, reason: error instanceof ApiError ? error.message : '' };
  if (status === 404) return { code: CLOSE.notFound, reason: 'no such board' };
  return { code: RETRY, reason: 'could not get a ticket for the connection' };
}

function closeEvent(code: number, reason: string): CloseEvent {
  if (typeof CloseEvent === 'function') return new CloseEvent('close', { code, reason, wasClean: false });
  return Object.assign(new Event('close'), { code, reason, wasClean: false }) as CloseEvent;
}

/**
 * A WebSocket class for y-websocket's `WebSocketPolyfill` that asks for a new ticket each
 * time it is constructed, then opens the real socket with `?ticket=`. y-websocket builds a
 * new socket for every connect and reconnect (`new provider._WS(provider.url)`), so every
 * attempt carries its own fresh ticket, and the long-lived token never sits in a socket URL.
 * Until the ticket arrives it reports CONNECTING; a failed ticket request is reported as
 * the close the server would have sent (4401, 4404), or as a dropped connection to retry.
 */
export function ticketSocketClass(getTicket: TicketSource, Base: typeof WebSocket = WebSocket): typeof WebSocket {
  class TicketSocket {
    static readonly CONNECTING = 0;
    static readonly OPEN = 1;
    static readonly CLOSING = 2;
    static readonly CLOSED = 3;
    readonly CONNECTING = 0;
    readonly OPEN = 1;
    readonly CLOSING = 2;
    readonly CLOSED = 3;
    onopen: ((event: Event) => void) | null = null;
    onmessage: ((event: MessageEvent) => void) | null = null;
    onerror: ((event: Event) => void) | null = null;
    onclose: ((event: CloseEvent) => void) | null = null;
    private inner: WebSocket | null = null;
    private state: number = TicketSocket.CONNECTING;
    private type: BinaryType = 'blob';
    private readonly abort = new AbortController();

    constructor(
      readonly url: string,
      private readonly protocols?: string | string[],
    ) {
      const signal = AbortSignal.any([this.abort.signal, AbortSignal.timeout(TICKET_TIMEOUT_MS)]);
      getTicket(signal).then(
        (ticket) => this.open(ticket),
        (error: unknown) => this.fail(error),
      );
    }

    get readyState(): number {
      return this.inner ? this.inner.readyState : this.state;
    }

    get bufferedAmount(): number {
      return this.inner?.bufferedAmount ?? 0;
    }

    get binaryType(): BinaryType {
      return this.type;
    }

    set binaryType(type: BinaryType) {
      this.type = type;
      if (this.inner) this.inner.binaryType = type;
    }

    send(data: Parameters<WebSocket['send']>[0]): void {
      if (!this.inner) throw new DOMException('the socket is not open yet', 'InvalidStateError');
      this.inner.send(data);
    }

    /** Before the ticket arrived, nothing is open: stop asking and stay closed. */
    close(code?: number, reason?: string): void {
      if (this.inner) {
        this.inner.close(code, reason);
        return;
      }
      this.state = TicketSocket.CLOSED;
      this.abort.abort();
    }

    private open(ticket: string): void {
      if (this.state !== TicketSocket.CONNECTING) return;
      const target = new URL(this.url);
      target.searchParams.set('ticket', ticket);
      const ws = new Base(target.toString(), this.protocols);
      ws.binaryType = this.type;
      ws.onopen = (event) => this.onopen?.(event);
      ws.onmessage = (event) => this.onmessage?.(event);
      ws.onerror = (event) => this.onerror?.(event);
      ws.onclose = (event) => this.onclose?.(event);
      this.inner = ws;
    }

    private fail(error: unknown): void {
      if (this.state !== TicketSocket.CONNECTING) return;
      this.state = TicketSocket.CLOSED;
      const { code, reason } = closeForTicketError(error);
      this.onclose?.(closeEvent(code, reason));
    }
  }
  return TicketSocket as unknown as typeof WebSocket;
}
