import { type Baseline, collection, type FullBoardSnapshot, metaMap, readBoard } from '@planroom/shared';
import type * as Y from 'yjs';
import { Signal } from '../ui/signals';
import { chosenStatusBaseline } from './statusBaseline';

/** What the status view reports on: the board read leniently, and the chosen baseline. */
export interface StatusSource {
  board: FullBoardSnapshot;
  baseline: Baseline | null;
}

/**
 * The board as the status view reads it. A report draws on nearly every collection
 * (items, people, teams, assignments, kickoff KPIs and risks, baselines, meta), so any
 * change to the document makes it stale; but reading is O(board), so it is read only when
 * someone looks (`get` is lazy: a board nobody views as a report never pays), and
 * listeners hear at most one change per `delayMs`, so a burst of remote edits during a
 * workshop costs one read, not one per keystroke. Presence is awareness, not the
 * document, so cursors never cost a read.
 */
export class StatusModel {
  private source: StatusSource | null = null;
  private stale = true;
  /** A baseline holds every item's dates: it is re-read only when baselines or the choice change. */
  private baseline: Baseline | null = null;
  private baselineStale = true;
  private readonly baselineTypes: ReadonlySet<unknown>;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly signal = new Signal();

  constructor(
    private readonly doc: Y.Doc,
    private readonly delayMs = 150,
  ) {
    this.baselineTypes = new Set<unknown>([collection(doc, 'baselines'), metaMap(doc)]);
    doc.on('afterTransaction', this.onTransaction);
  }

  destroy(): void {
    this.doc.off('afterTransaction', this.onTransaction);
    clearTimeout(this.timer);
  }

  get = (): StatusSource => {
    if (this.stale || !this.source) {
      if (this.baselineStale) {
        this.baseline = chosenStatusBaseline(this.doc);
        this.baselineStale = false;
      }
      this.source = { board: readBoard(this.doc), baseline: this.baseline };
      this.stale = false;
    }
    return this.source;
  };

  subscribe = (listener: () => void): (() => void) => this.signal.subscribe(listener);

  private readonly onTransaction = (tr: Y.Transaction) => {
    if (tr.changed.size === 0 && tr.changedParentTypes.size === 0) return;
    for (const type of [...tr.changed.keys(), ...tr.changedParentTypes.keys()])
      if (this.baselineTypes.has(type)) this.baselineStale = true;
    this.stale = true;
    if (this.timer !== undefined) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.signal.emit();
    }, this.delayMs);
  };
}
