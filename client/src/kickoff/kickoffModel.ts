import {
  type CollectionName,
  collection,
  type FullBoardSnapshot,
  KICKOFF_COLLECTIONS,
  readBoard,
} from '@planroom/shared';
import type * as Y from 'yjs';
import { Signal } from '../ui/signals';

/** What a kickoff shows or checks: its own records, and the items, people and assignments they point at. */
const WATCHED: readonly CollectionName[] = ['items', 'people', 'teams', 'assignments', ...KICKOFF_COLLECTIONS];

/**
 * The board as the kickoff view reads it (`readBoard`: lenient, with kickoff records and
 * problems). Reading it is O(board), so it is read only while someone looks (the kickoff
 * view, or an item panel's KPIs) and at most once per `delayMs` of changes to what a
 * kickoff shows; a cursor, a lane rename or a vote reveal never costs a read.
 */
export class KickoffModel {
  private board: FullBoardSnapshot | null = null;
  private stale = true;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly signal = new Signal();
  private readonly watched: ReadonlySet<unknown>;

  constructor(
    private readonly doc: Y.Doc,
    private readonly delayMs = 50,
  ) {
    this.watched = new Set(WATCHED.map((name) => collection(doc, name) as unknown));
    doc.on('afterTransaction', this.onTransaction);
  }

  destroy(): void {
    this.doc.off('afterTransaction', this.onTransaction);
    clearTimeout(this.timer);
  }

  /** The board as last read; read now if it changed since and nobody has read it yet. */
  get = (): FullBoardSnapshot => {
    if (this.stale || !this.board) {
      this.board = readBoard(this.doc);
      this.stale = false;
    }
    return this.board;
  };

  subscribe = (listener: () => void): (() => void) => this.signal.subscribe(listener);

  private readonly onTransaction = (tr: Y.Transaction) => {
    let touched = false;
    for (const type of tr.changedParentTypes.keys()) if (this.watched.has(type)) touched = true;
    for (const type of tr.changed.keys()) if (this.watched.has(type)) touched = true;
    if (!touched) return;
    this.stale = true;
    if (this.timer !== undefined) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.signal.emit();
    }, this.delayMs);
  };
}
