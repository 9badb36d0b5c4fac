import { describe, expect, it } from 'vitest';
import { ApiError } from './api';
import { ticketSocketClass } from './ticketSocket';

/** A stand-in for the browser's WebSocket that records what it was opened with. */
class FakeSocket {
  static opened: FakeSocket[] = [];
  readyState = 0;
  binaryType = 'blob';
  bufferedAmount = 0;
  sent: unknown[] = [];
  closedWith: [number | undefined, string | undefined] | null = null;
  onopen: ((e: Event) => void) | null = null;
  onmessage: ((e: { data: unknown }) => void) | null = null;
  onerror: ((e: Event) => void) | null = null;
  onclose: ((e: { code: number; reason: string }) => void) | null = null;
  constructor(readonly url: string) {
    FakeSocket.opened.push(this);
  }
  send(data: unknown) {
    this.sent.push(data);
  }
  close(code?: number, reason?: string) {
    this.closedWith = [code, reason];
  }
}

const fake = FakeSocket as unknown as typeof WebSocket;

/** A ticket source the test answers by hand. */
function tickets() {
  const pending: Array<{ resolve(t: string): void; reject(e: unknown): void; signal: AbortSignal }> = [];
  const source = (signal: AbortSignal) =>
    new Promise<string>((resolve, reject) => pending.push({ resolve, reject, signal }));
  return { source, pending };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('ticketSocketClass', () => {
  it('asks for a new ticket on every construction and opens the socket with it, not with a token', async () => {
    FakeSocket.opened = [];
    const { source, pending } = tickets();
    const Socket = ticketSocketClass(source, fake);
    const first = new Socket('ws://host/ws/board1');
    first.binaryType = 'arraybuffer';
    expect(first.readyState).toBe(0);
    expect(() => first.send(new Uint8Array([1]))).toThrow();
    pending[0]?.resolve('ticket-one');
    await settle();
    const second = new Socket('ws://host/ws/board1');
    pending[1]?.resolve('ticket-two');
    await settle();
    expect(FakeSocket.opened.map((s) => s.url)).toEqual([
      'ws://host/ws/board1?ticket=ticket-one',
      'ws://host/ws/board1?ticket=ticket-two',
    ]);
    expect(FakeSocket.opened[0]?.binaryType).toBe('arraybuffer');
    expect(second.readyState).toBe(0);
  });

  it('passes events, sends and closes through to the open socket', async () => {
    FakeSocket.opened = [];
    const { source, pending } = tickets();
    const socket = new (ticketSocketClass(source, fake))('ws://host/ws/b');
    const seen: string[] = [];
    socket.onopen = () => seen.push('open');
    socket.onmessage = (e) => seen.push(`message ${String(e.data)}`);
    socket.onclose = (e) => seen.push(`close ${e.code}`);
    pending[0]?.resolve('t');
    await settle();
    const inner = FakeSocket.opened[0] as FakeSocket;
    inner.readyState = 1;
    inner.onopen?.(new Event('open'));
    inner.onmessage?.({ data: 'frame' });
    expect(socket.readyState).toBe(socket.OPEN);
    socket.send(new Uint8Array([7]));
    expect(inner.sent).toHaveLength(1);
    inner.bufferedAmount = 12;
    expect(socket.bufferedAmount).toBe(12);
    socket.close(1000, 'bye');
    expect(inner.closedWith).toEqual([1000, 'bye']);
    inner.onclose?.({ code: 4401, reason: 'link was rotated' });
    expect(seen).toEqual(['open', 'message frame', 'close 4401']);
  });

  it('closed before its ticket arrives: stops asking and never opens', async () => {
    FakeSocket.opened = [];
    const { source, pending } = tickets();
    const socket = new (ticketSocketClass(source, fake))('ws://host/ws/b');
    let closes = 0;
    socket.onclose = () => closes++;
    socket.close();
    expect(pending[0]?.signal.aborted).toBe(true);
    pending[0]?.resolve('late');
    await settle();
    expect(FakeSocket.opened).toHaveLength(0);
    expect(socket.readyState).toBe(3);
    expect(closes).toBe(0);
  });

  it.each([
    [new ApiError(401, 'missing or invalid token'), 4401],
    [new ApiError(404, 'no such board'), 4404],
    [new ApiError(503, 'too many unused tickets'), 1006],
    [new TypeError('Failed to fetch'), 1006],
  ])('reports a failed ticket request (%s) as close %i', async (error, code) => {
    FakeSocket.opened = [];
    const { source, pending } = tickets();
    const socket = new (ticketSocketClass(source, fake))('ws://host/ws/b');
    const closed = new Promise<number>((resolve) => {
      socket.onclose = (e) => resolve(e.code);
    });
    pending[0]?.reject(error);
    expect(await closed).toBe(code);
    expect(FakeSocket.opened).toHaveLength(0);
    expect(socket.readyState).toBe(3);
  });
});
