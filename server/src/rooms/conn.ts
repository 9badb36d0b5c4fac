import type { Role } from '@planroom/shared';

/** One client's socket as the rooms see it; transport details stay in the WS adapter. */
export interface Conn {
  readonly id: number;
  readonly role: Role;
  send(data: Uint8Array): void;
  /** Closes with a close frame; a socket whose send queue is over its limit is cut at once. */
  close(code: number, reason: string): void;
  bufferedAmount(): number;
}
