import type { ReadMarks } from '@planroom/shared';
import { Signal } from '../ui/signals';

const readsKey = (boardId: string) => `planroom.commentReads.${boardId}`;
const AUTHOR_KEY = 'planroom.commentAuthor';

function load<T>(key: string, parse: (raw: unknown) => T | undefined, fallback: T): T {
  try {
    const raw = localStorage.getItem(key);
    return raw === null ? fallback : (parse(JSON.parse(raw)) ?? fallback);
  } catch {
    return fallback;
  }
}

function save(key: string, value: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // private mode or quota: read marks last for this page only
  }
}

const parseMarks = (raw: unknown): ReadMarks | undefined => {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  return Object.fromEntries(Object.entries(raw).filter((e): e is [string, string] => typeof e[1] === 'string'));
};

/**
 * What this browser has read of a board's comments: per thread, the time of the newest
 * comment seen, kept in local storage (per browser, like the comment key; see
 * client/README.md, "Comments"). Also who "me" is (the author id the server gave this
 * browser), since one's own comments are never unread. In core because the roadmap's
 * bars show unread counts and the comments feature marks threads read.
 */
export class CommentReads {
  private marks: ReadMarks;
  private me: string | null;
  private version = 0;
  private readonly signal = new Signal();

  constructor(private readonly boardId: string) {
    this.marks = load(readsKey(boardId), parseMarks, {});
    this.me = load(AUTHOR_KEY, (raw) => (typeof raw === 'string' ? raw : undefined), null);
  }

  getMarks = (): ReadMarks => this.marks;
  getMe = (): string | null => this.me;
  /** Goes up on every change (a cheap cache key). */
  getVersion = (): number => this.version;
  subscribe = this.signal.subscribe;

  /** Marks a thread read up to `at` (never back: an older copy of the thread changes nothing). */
  markRead(threadId: string, at: string): void {
    if (!at || (this.marks[threadId] ?? '') >= at) return;
    this.marks = { ...this.marks, [threadId]: at };
    save(readsKey(this.boardId), this.marks);
    this.changed();
  }

  setMe(authorId: string): void {
    if (this.me === authorId) return;
    this.me = authorId;
    save(AUTHOR_KEY, authorId);
    this.changed();
  }

  private changed(): void {
    this.version++;
    this.signal.emit();
  }
}
