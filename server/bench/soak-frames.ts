import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { awarenessFrame, deleteSetUpdate, gappedUpdates, syncFrame, syncStep1Frame } from '../test/frames.js';
import { type Rand, rand } from '../test/prng.js';

const bytes = (r: Rand, n: number) => Uint8Array.from({ length: n }, () => r.int(256));

/** Every kind of hostile frame the server has met, as a generator over a seeded PRNG. */
const KINDS: Array<(r: Rand, valid: Uint8Array[]) => Uint8Array | string> = [
  (r) => bytes(r, 1 + r.int(64)), // noise
  (r, valid) => {
    const source = r.pick(valid) as Uint8Array;
    return source.slice(0, Math.max(1, r.int(source.length - 1))); // truncated
  },
  (r) => Uint8Array.from([0, r.int(4), ...bytes(r, r.int(48))]), // sync header, noise
  (r) => Uint8Array.from([1, ...bytes(r, r.int(48))]), // awareness header, noise
  (r) => syncFrame(2, gappedUpdates(2 + r.int(3)).at(-1) as Uint8Array), // misses a change
  (r) => syncFrame(2, deleteSetUpdate(1_000_000 + r.int(1_000_000), 1 + r.int(8))), // unknown deletes
  (r) => awarenessFrame([[1 + r.int(1000), 1, `{"u":${'['.repeat(3000)}${']'.repeat(3000)}}`]]), // too deep
  (r) => awarenessFrame([[1 + r.int(1000), 1, r.pick(['[1]', '"x"', '7', '{"a":', 'null']) as string]]),
  (r) => awarenessFrame(Array.from({ length: 9 + r.int(400) }, (_, i) => [i + 1, 1, '{}'] as const)),
  (r) => Uint8Array.from([4 + r.int(250), ...bytes(r, r.int(16))]), // unknown message type
  (r) => `text frame ${r.int(1000)}`,
  () => Uint8Array.of(3), // query awareness (valid)
  (r) => {
    const e = encoding.createEncoder(); // a state vector that is not one
    encoding.writeVarUint(e, 0);
    encoding.writeVarUint(e, 0);
    encoding.writeVarUint8Array(e, bytes(r, 1 + r.int(32)));
    return encoding.toUint8Array(e);
  },
];

/** `count` frames drawn from `seed`: the pool the soak cycles through. */
export function hostilePool(seed: number, count: number): Array<Uint8Array | string> {
  const r = rand(seed);
  const doc = new Y.Doc();
  doc.getMap('m').set('k', 'v');
  const valid = [syncFrame(2, Y.encodeStateAsUpdate(doc)), syncStep1Frame(doc), awarenessFrame([[5, 1, '{"a":1}']])];
  return Array.from({ length: count }, () => (r.pick(KINDS) as (typeof KINDS)[number])(r, valid));
}

/** The rare expensive ones: sent every few thousand frames, not generated each time. */
export function bigFrames(): Uint8Array[] {
  const r = rand(99);
  return [
    syncFrame(2, bytes(r, 5 * 1024 * 1024 - 64)),
    awarenessFrame([[7, 1, JSON.stringify({ s: 'x'.repeat(1024 * 1024) })]]),
    syncFrame(2, deleteSetUpdate(4242, 1_200_000)),
  ];
}
