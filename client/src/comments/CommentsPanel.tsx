import { type CommentThread, unreadIn } from '@planroom/shared';
import { useRef } from 'react';
import { useItem } from '../core/useYjs';
import { closeOnEscape } from '../ui/escape';
import { CloseIcon } from '../ui/icons';
import { useValue } from '../ui/useValue';
import { type ThreadFilter, useComments } from './CommentsContext';
import { ago } from './commentText';
import { useMe, useUnreadState } from './useThreads';

function ThreadRow({ thread, unread, onOpen }: { thread: CommentThread; unread: number; onOpen(): void }) {
  const item = useItem(thread.itemId);
  const last = thread.comments.at(-1) ?? thread.root;
  return (
    <li>
      <button
        type="button"
        className={`thread-row${unread ? ' is-unread' : ''}`}
        data-testid="thread-row"
        data-thread-id={thread.id}
        onClick={onOpen}
        title={`Open ${item?.title ?? 'the item'} and its comments`}
      >
        <span className="thread-row-item">{item?.title ?? 'Item not on the board'}</span>
        {unread > 0 && (
          <span className="unread-count" data-testid="thread-unread" title={`${unread} unread`}>
            {unread}
          </span>
        )}
        <span className="thread-row-text">
          <strong>{last.author.name}:</strong> {last.text}
        </span>
        <span className="thread-row-meta">
          {thread.comments.length} comment{thread.comments.length === 1 ? '' : 's'} · {ago(thread.lastAt)}
          {thread.resolved && ' · resolved'}
        </span>
      </button>
    </li>
  );
}

/** Every thread on the board, unread first, open or resolved; a click opens the item's thread. */
export function CommentsPanel() {
  const ctx = useComments();
  const { panelOpen, filter: filterValue } = ctx.comments;
  const open = useValue(panelOpen);
  const filter = useValue(filterValue);
  const { threads } = useUnreadState();
  const me = useMe();
  const marks = ctx.commentReads.getMarks();
  const root = useRef<HTMLElement>(null);
  if (!open) return null;
  const live = threads.filter((t) => ctx.store.getItem(t.itemId));
  const counts = { open: live.filter((t) => !t.resolved).length, resolved: live.filter((t) => t.resolved).length };
  const rows = live
    .filter((t) => t.resolved === (filter === 'resolved'))
    .map((t) => ({ thread: t, unread: unreadIn(t, me, marks) }))
    // unread first; within each, the most recently active first (threads come so)
    .sort((a, b) => Number(b.unread > 0) - Number(a.unread > 0));

  function openThread(thread: CommentThread) {
    ctx.session.select(thread.itemId);
    ctx.session.panelOpen.set(true);
    ctx.session.timeline?.fit([thread.itemId]);
    panelOpen.set(false);
  }

  return (
    <aside
      ref={root}
      className="comments-panel"
      aria-label="Comments"
      data-testid="comments-panel"
      onKeyDown={closeOnEscape(() => panelOpen.set(false))}
    >
      <div className="panel-head">
        <h2>Comments</h2>
        <button type="button" className="icon-button" onClick={() => panelOpen.set(false)} title="Close comments (C)">
          <CloseIcon />
          <span className="sr-only">Close comments</span>
        </button>
      </div>
      <div className="segmented comments-filter" role="radiogroup" aria-label="Which threads">
        {(['open', 'resolved'] as ThreadFilter[]).map((f) => (
          // biome-ignore lint/a11y/useSemanticElements: a segmented control of two buttons
          <button
            key={f}
            type="button"
            role="radio"
            aria-checked={filter === f}
            className={filter === f ? 'is-active' : undefined}
            onClick={() => filterValue.set(f)}
          >
            {f === 'open' ? 'Open' : 'Resolved'} ({counts[f]})
          </button>
        ))}
      </div>
      {rows.length === 0 ? (
        <p className="empty-note">
          {filter === 'open'
            ? 'No open threads. Select an item and write in its Comments to start one.'
            : 'No resolved threads yet.'}
        </p>
      ) : (
        <ul className="thread-rows">
          {rows.map(({ thread, unread }) => (
            <ThreadRow key={thread.id} thread={thread} unread={unread} onOpen={() => openThread(thread)} />
          ))}
        </ul>
      )}
    </aside>
  );
}
