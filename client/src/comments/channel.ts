import { type CommentEvent, type CommentRequest, MESSAGE, presenceColor } from '@planroom/shared';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { WebsocketProvider } from 'y-websocket';
import type { CommentReads } from '../core/commentReads';
import type { Value } from '../ui/signals';

/** A request without its number: the channel numbers them. */
export type CommentAction = CommentRequest extends infer R
  ? R extends { ref: number }
    ? Omit<R, 'ref'>
    : never
  : never;

export type CommentResult = { ok: true; id: string } | { ok: false; reason: string };

const KEY = 'planroom.commentKey';

/**
 * This browser's secret comment key: the server makes the author id from it, so a reload
 * or a second tab is the same author, and nobody without it can edit these comments.
 */
function commentKey(): string {
  try {
    let key = localStorage.getItem(KEY);
    if (!key || !/^[A-Za-z0-9_-]{16,64}$/.test(key)) {
      key = crypto.randomUUID().replaceAll('-', '');
      localStorage.setItem(KEY, key);
    }
    return key;
  } catch {
    // no storage: an author for this page only
    return crypto.randomUUID().replaceAll('-', '');
  }
}

/**
 * The comment messages on the board's socket (MESSAGE.comment): says who this browser is
 * on every connect and whenever the name changes, sends requests and settles each with the
 * server's answer. Comments themselves arrive as document changes, like any other.
 */
export class CommentChannel {
  private next = 1;
  private readonly pending = new Map<number, (result: CommentResult) => void>();
  private readonly key = commentKey();
  private readonly unname: () => void;

  constructor(
    private readonly provider: WebsocketProvider,
    private readonly name: Value<string | null>,
    private readonly reads: CommentReads,
  ) {
    provider.messageHandlers[MESSAGE.comment] = (_encoder, decoder) => this.receive(decoding.readVarString(decoder));
    provider.on('status', this.onStatus);
    this.unname = name.subscribe(() => this.hello());
    if (provider.wsconnected) this.hello();
  }

  /** Sends one request; resolves with the server's answer (or why it could not be sent). */
  send(action: CommentAction): Promise<CommentResult> {
    const ref = this.next++;
    if (!this.write({ ...action, ref } as CommentRequest)) {
      return Promise.resolve({ ok: false, reason: 'Not connected: try again once the board is back online.' });
    }
    return new Promise((resolve) => this.pending.set(ref, resolve));
  }

  destroy(): void {
    this.provider.off('status', this.onStatus);
    this.unname();
    delete this.provider.messageHandlers[MESSAGE.comment];
    this.settleAll('The page is closing.');
  }

  private write(request: CommentRequest): boolean {
    const ws = this.provider.ws;
    if (!ws || ws.readyState !== ws.OPEN) return false;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE.comment);
    encoding.writeVarString(encoder, JSON.stringify(request));
    ws.send(encoding.toUint8Array(encoder));
    return true;
  }

  private onStatus = ({ status }: { status: string }) => {
    if (status === 'connected') this.hello();
    // an answer lost with its socket never comes: the comment may or may not have landed
    else this.settleAll('The connection dropped before the server answered; check the thread and try again.');
  };

  private hello(): void {
    const name = this.name.get() ?? '';
    this.write({ type: 'hello', key: this.key, name, color: presenceColor(name || this.key) });
  }

  private settleAll(reason: string): void {
    for (const resolve of this.pending.values()) resolve({ ok: false, reason });
    this.pending.clear();
  }

  private receive(text: string): void {
    let event: CommentEvent;
    try {
      event = JSON.parse(text) as CommentEvent;
    } catch {
      return;
    }
    if (event.type === 'welcome') {
      this.reads.setMe(event.authorId);
      return;
    }
    if (event.ref === null) return;
    const resolve = this.pending.get(event.ref);
    this.pending.delete(event.ref);
    resolve?.(event.type === 'done' ? { ok: true, id: event.id } : { ok: false, reason: event.reason });
  }
}
