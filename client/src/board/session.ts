import { Value } from '../lib/signals';

export type Dialog = { kind: 'share' } | { kind: 'shortcuts' } | { kind: 'delete-lane'; laneId: string } | null;

export interface Notice {
  id: number;
  text: string;
  tone: 'info' | 'error';
}

/**
 * Session state of one person on one board: what is selected, which panel or dialog is
 * open, passing notices. Never in the document (others do not share it) and not in React
 * state at the top, so a selection change wakes only the two bars it touches.
 */
export class Session {
  readonly selection = new Value<string | null>(null);
  readonly panelOpen = new Value(false);
  readonly dialog = new Value<Dialog>(null);
  readonly notice = new Value<Notice | null>(null);
  readonly attentionOpen = new Value(false);
  /** A lane whose name field should take focus once it renders (just added). */
  readonly focusLane = new Value<string | null>(null);
  /** An item whose title field should take focus when its panel opens (just created). */
  readonly focusTitle = new Value<string | null>(null);
  private noticeTimer: ReturnType<typeof setTimeout> | undefined;
  private noticeSeq = 0;

  select(id: string | null, openPanel = id !== null): void {
    this.selection.set(id);
    this.panelOpen.set(id !== null && openPanel);
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
