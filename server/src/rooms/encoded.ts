import { MESSAGE } from '@planroom/shared';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';

/** Past this many committed updates since the base, the base is re-encoded when next asked for. */
const TAIL_MAX_UPDATES = 200;
/** ...or past this share of the base's size. */
const TAIL_MAX_SHARE = 0.25;

/** A sync frame: varuint MESSAGE.sync, then the sync message `kind` carrying `update`. */
function syncFrame(kind: number, update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE.sync);
  encoding.writeVarUint(encoder, kind);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/**
 * A board's whole state kept encoded (Yjs V1, as the wire carries it): a base (the stored
 * snapshot, or the document encoded once) and every update committed since, in order.
 * A client that has nothing (an empty state vector: every first visit) is answered with
 * these bytes instead of an encode of the whole document, and a board nobody writes to
 * need never be decoded on the server at all.
 *
 * The answer is two frames: the updates since the base merged into one `update` frame,
 * then the base as sync step 2. The tail goes first: the client parks it as pending
 * structs until the base arrives and Yjs integrates both inside the step 2, so the stock
 * client's `synced` (set on step 2) means the whole board is there.
 */
export class EncodedState {
  /** The base, framed once as sync step 2: every join sends this same buffer. */
  private baseFrame: Uint8Array | null = null;
  private baseBytes = 0;
  private tail: Uint8Array[] = [];
  private tailBytes = 0;
  /** The tail merged and framed as one update, until the next append. */
  private tailFrame: Uint8Array | null = null;

  constructor(base: Uint8Array | null, tail: readonly Uint8Array[] = []) {
    if (!base) return;
    this.rebase(base);
    for (const update of tail) this.append(update);
  }

  /** The bytes are there and not too far behind (else the caller encodes the document). */
  get usable(): boolean {
    if (!this.baseFrame) return false;
    return this.tail.length <= TAIL_MAX_UPDATES && this.tailBytes <= this.baseBytes * TAIL_MAX_SHARE;
  }

  /** About what the answer weighs, for the connection's budget before it is built. */
  get bytes(): number {
    return this.baseBytes + this.tailBytes;
  }

  /** An update is stored: clients asking from now on get it too. */
  append(update: Uint8Array): void {
    if (!this.baseFrame) return;
    this.tail.push(update);
    this.tailBytes += update.length;
    this.tailFrame = null;
  }

  /** The document, encoded whole when every change in it was stored, becomes the base. */
  rebase(full: Uint8Array): void {
    this.baseFrame = syncFrame(syncProtocol.messageYjsSyncStep2, full);
    this.baseBytes = full.length;
    this.tail = [];
    this.tailBytes = 0;
    this.tailFrame = null;
  }

  /** Nothing cached can be trusted (a stored part did not decode): encode from the document. */
  drop(): void {
    this.baseFrame = null;
    this.baseBytes = 0;
    this.tail = [];
    this.tailBytes = 0;
    this.tailFrame = null;
  }

  /**
   * The frames that give a client with an empty state vector the whole board, or null when
   * there is no usable base or the tail does not merge (the caller encodes the document).
   * The same buffers go to every client until the next change.
   */
  frames(): Uint8Array[] | null {
    if (!this.baseFrame || !this.usable) return null;
    if (!this.tail.length) return [this.baseFrame];
    if (!this.tailFrame) {
      try {
        const merged = this.tail.length === 1 ? (this.tail[0] as Uint8Array) : Y.mergeUpdates(this.tail);
        this.tailFrame = syncFrame(syncProtocol.messageYjsUpdate, merged);
      } catch {
        this.drop();
        return null;
      }
    }
    return [this.tailFrame, this.baseFrame];
  }
}

/** A state vector that names no client: the sender has nothing yet. */
export function isEmptyStateVector(sv: Uint8Array): boolean {
  return sv.length === 1 && sv[0] === 0;
}
