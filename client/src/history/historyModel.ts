import { boardFromJson, type Change, type ChangeMark, changeMarks, describeChanges } from '@planroom/shared';
import type * as Y from 'yjs';
import type { Notice } from '../core/session';
import {
  listVersions,
  nameVersion,
  type Restored,
  renameVersion,
  restoreVersion,
  type VersionInfo,
} from '../sync/historyApi';
import { Value } from '../ui/signals';
import { type Point, VersionBoards } from './versionBoards';

export type Loaded<T> = { phase: 'loading' } | { phase: 'error'; message: string } | { phase: 'ready'; value: T };

export type Marks = ReadonlyMap<string, readonly ChangeMark[]>;
const NO_MARKS: Marks = new Map();

/** How long the live board must be still before "what changed since" is worked out again. */
const LIVE_SETTLE_MS = 500;

interface Deps {
  boardId: string;
  /** The token to send now (it changes when an owner resets their own link). */
  token: () => string;
  /** The live board. */
  doc: Y.Doc;
  notify: (text: string, tone: Notice['tone']) => void;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * One person's history session on a board: the panel, the version list, the version
 * shown read-only in place of the live board (the slider), what changed from one point
 * to the shown one, and a restore that can still be undone. Nothing here is shared with
 * others; the server makes the versions and performs restores.
 */
export class HistoryModel {
  readonly open = new Value(false);
  /** Newest first, as the server lists them. */
  readonly versions = new Value<Loaded<VersionInfo[]>>({ phase: 'loading' });
  /** What the board area shows: a version, read-only, or the live board. */
  readonly shown = new Value<Point>('now');
  /** The shown version's document; null while the live board is shown. */
  readonly shownDoc = new Value<Loaded<Y.Doc> | null>(null);
  /** A version on its way while the one before stays on screen (scrubbing does not flash). */
  readonly fetching = new Value(false);
  /** Where "what changed" counts from; null means the version before the shown one. */
  readonly from = new Value<Point | null>(null);
  readonly changes = new Value<Loaded<Change[]> | null>(null);
  /** The shown board's items marked by those changes. */
  readonly marks = new Value<Marks>(NO_MARKS);
  /** The last restore, while it can be undone. */
  readonly restored = new Value<Restored | null>(null);
  readonly busy = new Value(false);

  private readonly boards: VersionBoards;
  private readonly seq = { list: 0, doc: 0, changes: 0 };
  private settle: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly deps: Deps) {
    this.boards = new VersionBoards(deps.boardId, deps.token, deps.doc);
    deps.doc.on('update', this.onLiveUpdate);
  }

  toggle(): void {
    if (this.open.get()) this.close();
    else {
      this.open.set(true);
      void this.refresh();
    }
  }

  /** Closing the panel goes back to the live board, unmarked. */
  close(): void {
    this.open.set(false);
    this.show('now');
    this.changes.set(null);
    this.marks.set(NO_MARKS);
  }

  async refresh(): Promise<void> {
    const seq = ++this.seq.list;
    if (this.versions.get().phase !== 'ready') this.versions.set({ phase: 'loading' });
    try {
      const versions = await listVersions(this.deps.boardId, this.deps.token());
      if (seq !== this.seq.list) return;
      this.versions.set({ phase: 'ready', value: versions });
      // "the version before" may be another one now (a restore adds one)
      if (this.from.get() === null) void this.compare();
    } catch (error) {
      if (seq === this.seq.list) this.versions.set({ phase: 'error', message: messageOf(error) });
    }
  }

  /** Shows a version read-only (or the live board), and what changed up to it. */
  show(point: Point): void {
    this.shown.set(point);
    void this.loadShown(point);
    void this.compare();
  }

  setFrom(point: Point | null): void {
    this.from.set(point);
    void this.compare();
  }

  /** Where "what changed" counts from now: the chosen point, else the version before the shown one. */
  fromPoint(): Point | null {
    const chosen = this.from.get();
    if (chosen !== null) return chosen;
    const list = this.versions.get();
    if (list.phase !== 'ready') return null;
    const shown = this.shown.get();
    if (shown === 'now') return list.value[0]?.id ?? null;
    const at = list.value.findIndex((v) => v.id === shown);
    return at < 0 ? null : (list.value[at + 1]?.id ?? null);
  }

  private async loadShown(point: Point): Promise<void> {
    const seq = ++this.seq.doc;
    this.fetching.set(point !== 'now');
    if (point === 'now') return this.replaceShownDoc(null);
    if (this.shownDoc.get()?.phase !== 'ready') this.replaceShownDoc({ phase: 'loading' });
    try {
      const json = await this.boards.get(point);
      if (seq !== this.seq.doc) return;
      const built = boardFromJson(json);
      if (!built.ok) throw new Error(`this version cannot be read: ${built.problems[0]?.reason ?? 'unknown problem'}`);
      this.replaceShownDoc({ phase: 'ready', value: built.doc });
    } catch (error) {
      if (seq === this.seq.doc) this.replaceShownDoc({ phase: 'error', message: messageOf(error) });
    } finally {
      if (seq === this.seq.doc) this.fetching.set(false);
    }
  }

  private replaceShownDoc(next: Loaded<Y.Doc> | null): void {
    const old = this.shownDoc.get();
    this.shownDoc.set(next);
    if (old?.phase === 'ready') old.value.destroy();
  }

  /** Works out what changed from `fromPoint()` to the shown point. */
  async compare(): Promise<void> {
    const seq = ++this.seq.changes;
    const from = this.fromPoint();
    const to = this.shown.get();
    if (from === null || from === to) {
      this.changes.set(from === null ? null : { phase: 'ready', value: [] });
      this.marks.set(NO_MARKS);
      return;
    }
    if (this.changes.get()?.phase !== 'ready') this.changes.set({ phase: 'loading' });
    try {
      const [before, after] = await Promise.all([this.boards.get(from), this.boards.get(to)]);
      if (seq !== this.seq.changes) return;
      const changes = describeChanges(before, after);
      this.changes.set({ phase: 'ready', value: changes });
      this.marks.set(changeMarks(changes));
    } catch (error) {
      if (seq !== this.seq.changes) return;
      this.changes.set({ phase: 'error', message: messageOf(error) });
      this.marks.set(NO_MARKS);
    }
  }

  /** While "what changed" runs up to now, the live board's edits count too. */
  private readonly onLiveUpdate = () => {
    if (!this.open.get() || this.shown.get() !== 'now') return;
    clearTimeout(this.settle);
    this.settle = setTimeout(() => void this.compare(), LIVE_SETTLE_MS);
  };

  /** Owners and editors: names the board as it is now (a new version). */
  async name(name: string): Promise<boolean> {
    return this.act(async () => {
      const version = await nameVersion(this.deps.boardId, this.deps.token(), name);
      this.deps.notify(`Saved version “${version.name ?? name}”`, 'info');
    }, 'Couldn’t name the version');
  }

  async rename(id: number, name: string): Promise<boolean> {
    return this.act(async () => {
      await renameVersion(this.deps.boardId, this.deps.token(), id, name);
    }, 'Couldn’t rename the version');
  }

  /** Owners: the board becomes that version again, for everyone, as one change. */
  async restore(version: VersionInfo): Promise<boolean> {
    return this.act(async () => {
      const result = await restoreVersion(this.deps.boardId, this.deps.token(), version.id);
      this.restored.set(result);
      this.show('now');
    }, 'Couldn’t restore the version');
  }

  /** Restores the version taken just before the last restore. */
  async undoRestore(): Promise<boolean> {
    const last = this.restored.get();
    if (!last) return false;
    return this.act(async () => {
      await restoreVersion(this.deps.boardId, this.deps.token(), last.undo.id);
      this.restored.set(null);
      this.show('now');
      this.deps.notify('Restore undone: the board is as it was before', 'info');
    }, 'Couldn’t undo the restore');
  }

  /** One request at a time; a failure is said in a notice and leaves the list as it was. */
  private async act(run: () => Promise<void>, failure: string): Promise<boolean> {
    if (this.busy.get()) return false;
    this.busy.set(true);
    try {
      await run();
      await this.refresh();
      return true;
    } catch (error) {
      this.deps.notify(`${failure}: ${messageOf(error)}`, 'error');
      return false;
    } finally {
      this.busy.set(false);
    }
  }

  destroy(): void {
    clearTimeout(this.settle);
    this.deps.doc.off('update', this.onLiveUpdate);
    this.replaceShownDoc(null);
  }
}
