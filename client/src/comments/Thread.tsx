import { type CommentThread, unreadIn } from '@planroom/shared';
import { useState } from 'react';
import { CommentBody } from './CommentBody';
import { useComments } from './CommentsContext';
import { Composer } from './Composer';
import { ago } from './commentText';
import { useMe } from './useThreads';

/** One thread on an item: its comments, a reply box, resolve or reopen. */
export function Thread({ thread }: { thread: CommentThread }) {
  const ctx = useComments();
  const { channel } = ctx.comments;
  const me = useMe();
  const [replying, setReplying] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const unread = unreadIn(thread, me, ctx.commentReads.getMarks());
  // a viewer may resolve or reopen only a thread they started; the server says the same
  const mayResolve = ctx.canEdit || thread.root.author.id === me;
  const state = thread.root.resolution;

  async function toggleResolved() {
    const result = await channel.send({ type: thread.resolved ? 'reopen' : 'resolve', threadId: thread.id });
    setError(result.ok ? null : result.reason);
  }

  return (
    <section
      className={`thread${thread.resolved ? ' is-resolved' : ''}`}
      data-testid="thread"
      data-thread-id={thread.id}
      aria-label={`Thread started by ${thread.root.author.name}`}
    >
      {unread > 0 && <span className="thread-new">{unread} new</span>}
      <ol className="comment-list">
        {thread.comments.map((c) => (
          <CommentBody
            key={c.id}
            comment={c}
            mine={c.author.id === me}
            // a thread's first comment goes only once it has no replies (the server's rule too)
            canDelete={c.id !== thread.id || thread.comments.length === 1}
          />
        ))}
      </ol>
      {state && (
        <p className="thread-state" data-testid="thread-state">
          {state.state === 'resolved' ? 'Resolved' : 'Reopened'} by {state.by.name} · {ago(state.at)}
        </p>
      )}
      {error && (
        <p className="composer-error" role="alert">
          {error}
        </p>
      )}
      {replying ? (
        <Composer
          testId="reply-composer"
          placeholder="Reply…"
          submitLabel="Reply"
          autoFocus
          onSubmit={async (text, mentions) => {
            const result = await channel.send({
              type: 'add',
              itemId: thread.itemId,
              threadId: thread.id,
              text,
              mentions,
            });
            if (result.ok) setReplying(false);
            return result.ok ? null : result.reason;
          }}
        />
      ) : (
        <div className="thread-actions">
          {!thread.resolved && (
            <button type="button" className="button small" onClick={() => setReplying(true)}>
              Reply
            </button>
          )}
          {mayResolve && (
            <button
              type="button"
              className="button small"
              onClick={toggleResolved}
              title={thread.resolved ? 'Open the thread again' : 'Mark the question answered; the thread folds away'}
            >
              {thread.resolved ? 'Reopen' : 'Resolve'}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
