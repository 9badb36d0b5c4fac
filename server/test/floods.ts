import { randomBytes } from 'node:crypto';
import { CLOSE } from '@planroom/shared';
import { awarenessFrame, deleteSetUpdate, gappedUpdates, syncFrame } from './frames.js';
import type { RawSocket } from './helpers.js';

export type Role = 'editor' | 'viewer';

export interface Flood {
  name: string;
  role: Role;
  expected: number;
  frames: () => Iterable<Uint8Array>;
}

const MiB = 1024 * 1024;

export const FLOODS: Flood[] = [
  {
    name: '3,000 small updates that each miss a change',
    role: 'editor',
    expected: CLOSE.tryAgain,
    frames: () => gappedUpdates(3000).map((u) => syncFrame(2, u)),
  },
  {
    name: '3,000 delete sets for clients the board never saw',
    role: 'editor',
    expected: CLOSE.tryAgain,
    frames: function* () {
      for (let i = 0; i < 3000; i++) yield syncFrame(2, deleteSetUpdate(900_000 + i, 1));
    },
  },
  {
    name: 'one presence frame with 400,000 states',
    role: 'editor',
    expected: CLOSE.tooBig,
    frames: () => [awarenessFrame(Array.from({ length: 400_000 }, (_, i) => [i + 1, 1, '{}'] as const))],
  },
  {
    name: '5 MiB of random bytes under an update header',
    role: 'editor',
    expected: CLOSE.malformed,
    frames: () => [syncFrame(2, new Uint8Array(randomBytes(5 * MiB - 64)))],
  },
  {
    name: "a viewer's 4.8 MiB delete sets, again and again",
    role: 'viewer',
    expected: CLOSE.tooBig,
    frames: function* () {
      const frame = syncFrame(2, deleteSetUpdate(4242, 1_200_000));
      for (let i = 0; i < 40; i++) yield frame;
    },
  },
];

/** Sends every frame (each after the previous left the socket), stopping once the socket closes. */
export async function flood(sock: RawSocket, frames: Iterable<Uint8Array>): Promise<number> {
  let open = true;
  void sock.closed.then(() => {
    open = false;
  });
  for (const frame of frames) {
    if (!open) break;
    await new Promise<void>((resolve) => sock.ws.send(frame, () => resolve()));
  }
  return (await sock.closed).code;
}
