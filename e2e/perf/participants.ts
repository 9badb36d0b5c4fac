import { type BoardPoint, PRESENCE_COLORS, sendOwnPresenceOnly } from '@planroom/shared';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

/**
 * People in the workshop, simulated in this process: one stock y-websocket provider each
 * (its own Y.Doc, synced with the board), a name and colour in presence, and a cursor
 * moved at `hz`, at most once a period, as the client's throttle does.
 */
export class Participants {
  private readonly people: Array<{ doc: Y.Doc; provider: WebsocketProvider }> = [];
  private timer: ReturnType<typeof setInterval> | null = null;
  /** Cursor moves set so far, all participants. */
  moves = 0;
  /** Socket closes seen, by close code (0: closed by this side). */
  readonly closes = new Map<number, number>();

  constructor(
    private readonly wsBase: string,
    private readonly boardId: string,
    private readonly token: string,
  ) {}

  /** Connects `count` participants, `wave` at a time, each wave synced before the next. */
  async connect(count: number, wave: number, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (let i = 0; i < count; i += wave) {
      const batch = [];
      for (let j = i; j < Math.min(count, i + wave); j++) batch.push(this.add(j));
      await Promise.all(
        batch.map(
          ({ provider }) =>
            new Promise<void>((resolve, reject) => {
              if (provider.synced) return resolve();
              const timer = setTimeout(
                () => reject(new Error('a participant did not sync in time')),
                Math.max(0, deadline - Date.now()),
              );
              provider.once('sync', () => {
                clearTimeout(timer);
                resolve();
              });
            }),
        ),
      );
    }
  }

  private add(i: number): { doc: Y.Doc; provider: WebsocketProvider } {
    const doc = new Y.Doc();
    const provider = new WebsocketProvider(this.wsBase, this.boardId, doc, {
      params: { token: this.token },
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
    });
    sendOwnPresenceOnly(provider);
    provider.awareness.setLocalStateField('user', {
      name: `Participant ${i + 1}`,
      color: PRESENCE_COLORS[i % PRESENCE_COLORS.length] ?? PRESENCE_COLORS[0],
    });
    provider.on('connection-close', (event: { code: number } | null) => {
      const code = event?.code ?? 0;
      this.closes.set(code, (this.closes.get(code) ?? 0) + 1);
    });
    const person = { doc, provider };
    this.people.push(person);
    return person;
  }

  /** Starts moving every cursor to `point(participant, step)`, `hz` times a second each. */
  start(hz: number, point: (participant: number, step: number) => BoardPoint): void {
    this.stop();
    const period = 1000 / hz;
    const t0 = performance.now();
    // spread over one period: people do not move in step
    const next = this.people.map((_, i) => t0 + (i * period) / this.people.length);
    const steps = this.people.map(() => 0);
    this.timer = setInterval(() => {
      const t = performance.now();
      this.people.forEach(({ provider }, i) => {
        const at = next[i] ?? t;
        if (t < at) return;
        const step = steps[i] ?? 0;
        steps[i] = step + 1;
        provider.awareness.setLocalStateField('cursor', point(i, step));
        this.moves++;
        next[i] = at + period > t ? at + period : t + period;
      });
    }, 5);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  destroy(): void {
    this.stop();
    for (const { doc, provider } of this.people) {
      provider.destroy();
      doc.destroy();
    }
    this.people.length = 0;
  }
}
