import type * as Y from 'yjs';
import type { Conn } from './conn.js';
import { isReady, type Needs } from './needs.js';

/** How much a board holds back waiting for missing changes, per connection and in all. */
export const HELD_LIMITS = {
  perConn: { count: 64, bytes: 4 * 1024 * 1024 },
  perRoom: { count: 256, bytes: 16 * 1024 * 1024 },
  /** Held longer than this, the connection is closed so its client reconnects and resyncs. */
  maxAgeMs: 30_000,
};

interface HeldUpdate {
  conn: Conn;
  update: Uint8Array;
  needs: Needs;
  at: number;
}

/**
 * Updates from honest clients that arrived before the changes they build on, e.g. an edit
 * a client makes the moment it reconnects, before its offline edits reach the server in
 * the sync reply. They are kept outside the document (nothing unapplied is ever stored or
 * broadcast) and applied, in arrival order, as soon as what they need is there.
 */
export class HeldUpdates {
  private list: HeldUpdate[] = [];
  private bytes = 0;

  get size(): number {
    return this.list.length;
  }

  /** Holds `update`; false when that would pass a limit (nothing is held then). */
  hold(conn: Conn, update: Uint8Array, needs: Needs, now = Date.now()): boolean {
    let count = 0;
    let bytes = 0;
    for (const h of this.list) {
      if (h.conn !== conn) continue;
      count++;
      bytes += h.update.length;
    }
    const { perConn, perRoom } = HELD_LIMITS;
    if (count + 1 > perConn.count || bytes + update.length > perConn.bytes) return false;
    if (this.list.length + 1 > perRoom.count || this.bytes + update.length > perRoom.bytes) return false;
    this.list.push({ conn, update, needs, at: now });
    this.bytes += update.length;
    return true;
  }

  /** Takes out every held update `doc` can now apply in full, oldest first, until none is ready. */
  takeReady(doc: Y.Doc): Array<{ conn: Conn; update: Uint8Array }> {
    const ready = new Set(this.list.filter((h) => isReady(doc, h.needs)));
    if (ready.size) this.remove((h) => ready.has(h));
    return [...ready];
  }

  /** Forgets what a connection held: its client resends it when it reconnects. */
  drop(conn: Conn): void {
    this.remove((h) => h.conn === conn);
  }

  /** Connections holding anything older than the age limit. */
  expired(now = Date.now()): Set<Conn> {
    return new Set(this.list.filter((h) => now - h.at > HELD_LIMITS.maxAgeMs).map((h) => h.conn));
  }

  private remove(match: (h: HeldUpdate) => boolean): void {
    this.list = this.list.filter((h) => {
      if (!match(h)) return true;
      this.bytes -= h.update.length;
      return false;
    });
  }
}
