import type { Store } from '../store/store.js';
import type { Room } from './room.js';

export interface Queued {
  room: Room;
  update: Uint8Array;
  origin: unknown;
}

export interface CommitHandlers {
  /** The batch is durable: now, and only now, may anyone see it. */
  stored(batch: Queued[], seqs: number[]): void;
  failed(batch: Queued[], err: Error): void;
}

/**
 * The commit pipeline: updates queue here, and the queue goes to the store as one batch
 * (one transaction, one fsync). While a batch is being written the next one collects,
 * so the busier the server, the larger the batches. The store writes on its own thread;
 * this one only waits for the answer.
 */
export class Commits {
  private queue: Queued[] = [];
  private scheduled = false;
  private inFlight = 0;
  /** Updates ever queued, and those whose commit has finished (stored or failed). */
  private queued = 0;
  private finished = 0;
  private waiters: Array<{ upTo: number; run: () => void }> = [];

  constructor(
    private readonly store: Store,
    private readonly on: CommitHandlers,
  ) {}

  add(entry: Queued): void {
    this.queue.push(entry);
    this.queued++;
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      if (!this.inFlight) this.post();
    });
  }

  /** Runs `fn` once everything queued so far is stored; at once when nothing is waiting. */
  whenStored(fn: () => void): void {
    if (this.finished === this.queued) fn();
    else this.waiters.push({ upTo: this.queued, run: fn });
  }

  /** Hands everything queued to the store now, and resolves once it is stored (or failed): for an export, shutdown. */
  flush(): Promise<void> {
    if (!this.inFlight) this.post();
    return new Promise((resolve) => this.whenStored(resolve));
  }

  private post(): void {
    if (!this.queue.length) return;
    const batch = this.queue;
    this.queue = [];
    this.inFlight++;
    const done = () => {
      this.inFlight--;
      this.finished += batch.length;
      const ready = this.waiters.filter((w) => w.upTo <= this.finished);
      if (ready.length) this.waiters = this.waiters.filter((w) => w.upTo > this.finished);
      for (const w of ready) w.run();
      if (!this.inFlight) this.post();
    };
    this.store.appendBatch(batch.map((p) => ({ boardId: p.room.id, update: p.update }))).then(
      (seqs) => {
        this.on.stored(batch, seqs);
        done();
      },
      (err: Error) => {
        this.on.failed(batch, err);
        done();
      },
    );
  }
}
