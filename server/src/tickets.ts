import { createHash, randomBytes } from 'node:crypto';
import type { Role } from '@planroom/shared';

/** What a ticket stands for: one socket on one board with one role's key of that moment. */
export interface TicketGrant {
  boardId: string;
  role: Role;
  /** The role's key when the ticket was issued: a link reset since then voids the ticket. */
  key: string;
}

interface Entry extends TicketGrant {
  expiresAt: number;
}

export interface TicketsOptions {
  /** How long an unused ticket stays valid. */
  ttlMs?: number;
  /** Unused tickets one board and role may hold at once; more are refused until some are used or expire. */
  maxPerRole?: number;
  /** Unused tickets in all (anyone may create boards, so per-role limits alone do not bound memory). */
  maxTotal?: number;
  /** A monotonic clock in milliseconds; tests move it by hand. */
  now?: () => number;
}

const TICKET = /^[A-Za-z0-9_-]{43}$/;

const digest = (ticket: string) => createHash('sha256').update(ticket).digest('base64url');

/**
 * Short-lived, single-use tickets that stand in for a token in a WebSocket URL, where
 * proxies log it and browsers print it in console errors. Only a hash of each ticket is
 * kept and looked up, so nothing compares a secret byte by byte.
 */
export class Tickets {
  readonly ttlMs: number;
  private readonly maxPerRole: number;
  private readonly maxTotal: number;
  private readonly now: () => number;
  /** Insertion order is expiry order: every ticket lives `ttlMs`, and the clock only moves on. */
  private readonly byHash = new Map<string, Entry>();
  private readonly unused = new Map<string, number>();

  constructor(opts: TicketsOptions = {}) {
    this.ttlMs = opts.ttlMs ?? 30_000;
    this.maxPerRole = opts.maxPerRole ?? 500;
    this.maxTotal = opts.maxTotal ?? 100_000;
    this.now = opts.now ?? (() => performance.now());
  }

  get size(): number {
    return this.byHash.size;
  }

  /** A new ticket, or null when this board and role (or the server) hold too many unused ones. */
  issue(grant: TicketGrant): string | null {
    this.prune();
    const slot = `${grant.boardId}:${grant.role}`;
    const held = this.unused.get(slot) ?? 0;
    if (held >= this.maxPerRole || this.byHash.size >= this.maxTotal) return null;
    const ticket = randomBytes(32).toString('base64url');
    this.byHash.set(digest(ticket), { ...grant, expiresAt: this.now() + this.ttlMs });
    this.unused.set(slot, held + 1);
    return ticket;
  }

  /** What the ticket grants, once: it is gone afterwards, whether or not the caller accepts it. */
  redeem(ticket: string): TicketGrant | null {
    this.prune();
    if (!TICKET.test(ticket)) return null;
    const hash = digest(ticket);
    const entry = this.byHash.get(hash);
    if (!entry) return null;
    this.drop(hash, entry);
    if (entry.expiresAt <= this.now()) return null;
    return { boardId: entry.boardId, role: entry.role, key: entry.key };
  }

  private drop(hash: string, entry: Entry): void {
    this.byHash.delete(hash);
    const slot = `${entry.boardId}:${entry.role}`;
    const held = (this.unused.get(slot) ?? 1) - 1;
    if (held > 0) this.unused.set(slot, held);
    else this.unused.delete(slot);
  }

  private prune(): void {
    const now = this.now();
    for (const [hash, entry] of this.byHash) {
      if (entry.expiresAt > now) break;
      this.drop(hash, entry);
    }
  }
}
