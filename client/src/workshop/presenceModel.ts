import { type BoardPoint, CURSOR_HZ, type FollowView, type PresenceState, type Role } from '@planroom/shared';
import type { WebsocketProvider } from 'y-websocket';
import { KeyedSignal, Signal } from '../ui/signals';

/** Someone else on the board, as their presence says. */
export interface Peer {
  clientId: number;
  name: string;
  color: string;
  /** From the server (the link they came with); 'viewer' if somehow missing. */
  role: Role;
  idle: boolean;
  selection: readonly string[];
  cursor: BoardPoint | null;
  view: FollowView | null;
}

type Awareness = WebsocketProvider['awareness'];

const FLUSH_MS = 1000 / CURSOR_HZ;

function peerOf(clientId: number, state: PresenceState): Peer | null {
  const user = state.user;
  if (!user || typeof user.name !== 'string' || typeof user.color !== 'string') return null;
  return {
    clientId,
    name: user.name.slice(0, 60) || 'Someone',
    color: /^#[0-9a-fA-F]{6}$/.test(user.color) ? user.color : '#555555',
    role: state.role === 'owner' || state.role === 'editor' ? state.role : 'viewer',
    idle: state.idle === true,
    selection: Array.isArray(state.selection) ? state.selection.filter((s) => typeof s === 'string') : [],
    cursor: state.cursor && typeof state.cursor.day === 'number' ? state.cursor : null,
    view: state.view && typeof state.view.ppd === 'number' ? state.view : null,
  };
}

/**
 * Everyone else's presence on the board, read from awareness, and this person's own,
 * written to it. Others are announced as a list (join, leave, name, idle) and per person
 * (cursor, view), so a moving cursor wakes only its own marker. Own changes are sent at
 * most CURSOR_HZ times a second, the latest of each field winning.
 */
export class PresenceModel {
  private peers = new Map<number, Peer>();
  private list: Peer[] = [];
  private readonly listSignal = new Signal();
  private readonly peerSignal = new KeyedSignal<number>();
  private readonly peerListeners = new Set<(id: number) => void>();
  private pending: Partial<PresenceState> = {};
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lastFlush = 0;

  constructor(private readonly awareness: Awareness) {
    awareness.on('change', this.onChange);
    this.onChange({ added: [...awareness.getStates().keys()], updated: [], removed: [] });
  }

  get clientId(): number {
    return this.awareness.clientID;
  }

  subscribeList = this.listSignal.subscribe;
  getList = (): Peer[] => this.list;
  subscribePeer = (id: number, listener: () => void) => this.peerSignal.subscribe(id, listener);
  getPeer = (id: number): Peer | undefined => this.peers.get(id);

  /** Every change of anyone's presence, by client id (for a painter drawing them all). */
  onPeerChange(listener: (id: number) => void): () => void {
    this.peerListeners.add(listener);
    return () => this.peerListeners.delete(listener);
  }

  /** Sets fields of this person's presence; sent within 1/CURSOR_HZ s, together. */
  publish(patch: Partial<PresenceState>): void {
    Object.assign(this.pending, patch);
    if (this.timer) return;
    const wait = Math.max(0, this.lastFlush + FLUSH_MS - performance.now());
    this.timer = setTimeout(this.flush, wait);
  }

  /** Sends what is pending now (a name given, the page going away). */
  flush = (): void => {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (!Object.keys(this.pending).length) return;
    const state = { ...(this.awareness.getLocalState() ?? {}), ...this.pending };
    this.pending = {};
    this.lastFlush = performance.now();
    this.awareness.setLocalState(state);
  };

  destroy(): void {
    if (this.timer) clearTimeout(this.timer);
    this.awareness.off('change', this.onChange);
  }

  private onChange = ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }) => {
    let listChanged = false;
    const states = this.awareness.getStates() as Map<number, PresenceState>;
    for (const id of [...added, ...updated, ...removed]) {
      if (id === this.awareness.clientID) continue;
      const before = this.peers.get(id);
      const state = states.get(id);
      const next = state ? peerOf(id, state) : null;
      if (next) this.peers.set(id, next);
      else this.peers.delete(id);
      if (
        !before !== !next ||
        before?.name !== next?.name ||
        before?.idle !== next?.idle ||
        before?.role !== next?.role
      )
        listChanged = true;
      else if (before && next && before.selection.join() !== next.selection.join()) listChanged = true;
      this.peerSignal.emit(id);
      for (const listener of this.peerListeners) listener(id);
    }
    if (listChanged) {
      this.list = [...this.peers.values()].sort((a, b) => a.clientId - b.clientId);
      this.listSignal.emit();
    }
  };
}
