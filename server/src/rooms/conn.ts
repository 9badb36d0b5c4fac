import type { Role } from '@planroom/shared';

/** One client's socket as the rooms see it; transport details stay in the WS adapter. */
export interface Conn {
  readonly id: number;
  readonly role: Role;
  send(data: Uint8Array): void;
  close(code: number, reason: string): void;
  bufferedAmount(): number;
}

/** A slow reader beyond this is dropped; it reconnects and resyncs from the store. */
export const MAX_BUFFERED_BYTES = 32 * 1024 * 1024;
