import { type Problem, readBoard } from '@planroom/shared';
import type * as Y from 'yjs';
import { Signal } from '../ui/signals';

/**
 * The "needs attention" list: every problem the lenient reader finds in the board. The
 * full read is O(board), so it runs at most every `delayMs` however busy the workshop is;
 * the list keeps its identity while its content stays the same.
 */
export class ProblemList {
  private problems: Problem[] = [];
  private key = '';
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly signal = new Signal();

  constructor(
    private readonly doc: Y.Doc,
    private readonly delayMs = 300,
  ) {
    this.compute();
  }

  get = (): Problem[] => this.problems;
  subscribe = (listener: () => void) => this.signal.subscribe(listener);

  /** The document changed: read it again soon. */
  changed(): void {
    if (this.timer !== undefined) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.compute();
    }, this.delayMs);
  }

  destroy(): void {
    clearTimeout(this.timer);
  }

  private compute(): void {
    const problems = readBoard(this.doc).problems;
    const key = JSON.stringify(problems);
    if (key === this.key) return;
    this.key = key;
    this.problems = problems;
    this.signal.emit();
  }
}
