import {
  MESSAGE,
  TIMER_STOPPED,
  type TimerState,
  timerRemaining,
  type VoteView,
  type WorkshopEvent,
  type WorkshopRequest,
} from '@planroom/shared';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { WebsocketProvider } from 'y-websocket';
import { Signal, Value } from '../ui/signals';

/**
 * The workshop's messages on the board's socket (MESSAGE.workshop): says hello on every
 * connect, keeps who presents and the timer as the server last said, and the offset of
 * the server's clock from this one, so every screen counts down the same.
 */
export class WorkshopChannel {
  readonly presenter = new Value<number | null>(null);
  readonly timer = new Value<TimerState>(TIMER_STOPPED);
  /** The dot vote running, as the server shows it to this person (their own dots only). */
  readonly vote = new Value<VoteView | null>(null);
  /** A request the server refused, with its reason (shown as a notice). */
  readonly refused = new Signal();
  lastRefusal = '';
  /** Server clock minus this clock, in ms (0 until the server has said). */
  private offset = 0;

  constructor(private readonly provider: WebsocketProvider) {
    provider.messageHandlers[MESSAGE.workshop] = (_encoder, decoder) => this.receive(decoding.readVarString(decoder));
    provider.on('status', this.onStatus);
    if (provider.wsconnected) this.hello();
  }

  /** The server's time now, by this clock and the last known offset. */
  serverNow(): number {
    return Date.now() + this.offset;
  }

  /** Milliseconds left on the shared timer, as the server counts them. */
  remaining(): number {
    return timerRemaining(this.timer.get(), this.serverNow());
  }

  send(request: WorkshopRequest): void {
    const ws = this.provider.ws;
    if (!ws || ws.readyState !== ws.OPEN) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE.workshop);
    encoding.writeVarString(encoder, JSON.stringify(request));
    ws.send(encoding.toUint8Array(encoder));
  }

  destroy(): void {
    this.provider.off('status', this.onStatus);
    delete this.provider.messageHandlers[MESSAGE.workshop];
  }

  private onStatus = ({ status }: { status: string }) => {
    if (status === 'connected') this.hello();
  };

  private hello(): void {
    const voter = voterKey();
    this.send(voter ? { type: 'hello', voter } : { type: 'hello' });
  }

  private receive(text: string): void {
    let event: WorkshopEvent;
    try {
      event = JSON.parse(text) as WorkshopEvent;
    } catch {
      return;
    }
    switch (event.type) {
      case 'welcome':
        this.offset = event.now - Date.now();
        this.presenter.set(event.presenter);
        this.timer.set(event.timer);
        this.vote.set(event.vote);
        break;
      case 'vote':
        this.vote.set(event.vote);
        break;
      case 'presenting':
        this.presenter.set(event.presenter);
        break;
      case 'timer':
        this.offset = event.now - Date.now();
        this.timer.set(event.timer);
        break;
      case 'refused':
        this.lastRefusal = event.reason;
        this.refused.emit();
        break;
    }
  }
}

const VOTER_KEY = 'planroom.voterKey';

/** This browser's secret voter key: a reload or a second tab keeps the same dots. */
function voterKey(): string | null {
  try {
    let key = localStorage.getItem(VOTER_KEY);
    if (!key || !/^[A-Za-z0-9_-]{16,64}$/.test(key)) {
      key = crypto.randomUUID().replaceAll('-', '');
      localStorage.setItem(VOTER_KEY, key);
    }
    return key;
  } catch {
    return null;
  }
}
