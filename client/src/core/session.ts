import type { BoardPoint } from '@planroom/shared';
import { Value } from '../ui/signals';

export type Dialog =
  | { kind: 'share' }
  | { kind: 'shortcuts' }
  | { kind: 'delete-lane'; laneId: string }
  | { kind: 'goals' }
  | { kind: 'baselines' }
  | { kind: 'delete-items'; ids: string[] }
  | null;

export interface Notice {
  id: number;
  text: string;
  tone: 'info' | 'error';
}

/** What a drag does: move the whole bar, or one of its ends. */
export type DragMode = 'move' | 'start' | 'end';

/** While a bar is dragged: how far, and where knock-on successors would go. */
export interface DragPreview {
  /** The bar under the pointer. */
  active: string;
  /** Moving the bar, or one of its ends. */
  mode: DragMode;
  /** The items picked up: the dragged bar and the rest of the selection (they may change lane). */
  picked: readonly string[];
  /** Everything moving with the pointer: the picked items and their descendants. */
  moving: ReadonlySet<string>;
  /** Days the pointer has travelled over the board (the drag's offset, whole days). */
  days: number;
  /** Pixels the pointer has travelled down the board (scrolling included), for a move to another lane. */
  dy: number;
  /** Successors pushed along by "move dependents", with their own shift in days. */
  knockOn: ReadonlyMap<string, number>;
}

const NO_IDS: ReadonlySet<string> = new Set();

/** What the timeline offers to the toolbar and the keyboard while it is on screen. */
export interface TimelineApi {
  /** Fits these items (or everything shown) into the view. */
  fit(ids?: readonly string[]): void;
  /** Scrolls an item's bar into view. */
  reveal(id: string): void;
}

/**
 * Where things are on the view on screen, in board terms (days and rows or items), so
 * that pointers and views can be shared with people at another zoom, scroll or grouping.
 * The view on screen (roadmap or resources) provides it; see timeline/boardSpace.ts.
 */
export interface BoardSpace {
  mode: 'roadmap' | 'resources';
  /** The scroll box, and the canvas inside it that scrolls (overlays go in there). */
  scrollEl: HTMLElement;
  canvasEl: HTMLElement;
  ppd: number;
  /** The board point under a pointer at client coordinates, over `target`. */
  pointAt(clientX: number, clientY: number, target: EventTarget | null): BoardPoint | null;
  /** Where a board point is on the canvas, or null when it is not on this view. */
  place(point: BoardPoint): { x: number; y: number } | null;
  /** The view's top left: the day at the left of the track, the row at the top and how far into it. */
  anchor(): { day: number; row: string | null; dy: number };
  scrollTo(anchor: { day: number; row: string | null; dy: number }): void;
}

/**
 * Session state of one person on one board: what is selected, which panel or dialog is
 * open, passing notices, a drag in progress. Never in the document (others do not share
 * it) and not in React state at the top, so a selection change wakes only the bars whose
 * state changes.
 */
export class Session {
  /** The item the panel shows (the last one clicked). */
  readonly selection = new Value<string | null>(null);
  /** Every selected item (the one above included). */
  readonly selected = new Value<ReadonlySet<string>>(NO_IDS);
  readonly selectedDep = new Value<string | null>(null);
  readonly hovered = new Value<string | null>(null);
  readonly panelOpen = new Value(false);
  readonly dialog = new Value<Dialog>(null);
  readonly notice = new Value<Notice | null>(null);
  readonly attentionOpen = new Value(false);
  /** "L": the next bar clicked becomes the successor of this one. */
  readonly linkFrom = new Value<string | null>(null);
  readonly drag = new Value<DragPreview | null>(null);
  /** A link being drawn from a connector: its start and the pointer, in page coordinates. */
  readonly linkDraft = new Value<{ x0: number; y0: number; x1: number; y1: number } | null>(null);
  /** A lane whose name field should take focus once it renders (just added). */
  readonly focusLane = new Value<string | null>(null);
  /** An item whose title field should take focus when its panel opens (just created). */
  readonly focusTitle = new Value<string | null>(null);
  timeline: TimelineApi | null = null;
  /** The view on screen, in board terms (null while none is). */
  readonly space = new Value<BoardSpace | null>(null);
  /** Opens and focuses the search box ("/"). */
  focusSearch: (() => void) | null = null;
  private noticeTimer: ReturnType<typeof setTimeout> | undefined;
  private noticeSeq = 0;

  /** Selects one item (or nothing), replacing the selection. */
  select(id: string | null, openPanel = id !== null): void {
    this.selectedDep.set(null);
    this.selected.set(id === null ? NO_IDS : new Set([id]));
    this.selection.set(id);
    this.panelOpen.set(id !== null && openPanel);
  }

  /** Shift-click: adds an item to the selection, or takes it out. */
  toggle(id: string): void {
    this.selectedDep.set(null);
    const next = new Set(this.selected.get());
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this.selected.set(next);
    const primary = next.has(id) ? id : ([...next].at(-1) ?? null);
    this.selection.set(primary);
    if (!next.size) this.panelOpen.set(false);
  }

  /** Rubber band: selects these (added to the selection when `add`). */
  selectMany(ids: readonly string[], add = false): void {
    if (!ids.length && add) return;
    this.selectedDep.set(null);
    const next = new Set(add ? this.selected.get() : []);
    for (const id of ids) next.add(id);
    this.selected.set(next);
    this.selection.set(ids.at(-1) ?? null);
    if (!next.size) this.panelOpen.set(false);
  }

  selectDep(id: string | null): void {
    this.selected.set(NO_IDS);
    this.selection.set(null);
    this.selectedDep.set(id);
    this.panelOpen.set(id !== null);
  }

  /** Forgets items that no longer exist (deleted here, elsewhere or by undo). */
  forget(ids: Iterable<string>): void {
    const gone = new Set(ids);
    const selected = this.selected.get();
    if (![...selected].some((id) => gone.has(id))) return;
    const next = [...selected].filter((id) => !gone.has(id));
    this.selected.set(new Set(next));
    const primary = this.selection.get();
    if (primary && gone.has(primary)) this.selection.set(next.at(-1) ?? null);
    if (!next.length) this.panelOpen.set(false);
  }

  notify(text: string, tone: Notice['tone'] = 'error'): void {
    clearTimeout(this.noticeTimer);
    const notice = { id: ++this.noticeSeq, text, tone };
    this.notice.set(notice);
    this.noticeTimer = setTimeout(() => {
      if (this.notice.get() === notice) this.notice.set(null);
    }, 6000);
  }

  dispose(): void {
    clearTimeout(this.noticeTimer);
  }
}
