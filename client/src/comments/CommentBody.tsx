import type { Comment, Person } from '@planroom/shared';
import { useState } from 'react';
import { usePeople } from '../core/records';
import { useComments } from './CommentsContext';
import { Composer } from './Composer';
import { ago, mentionRuns } from './commentText';

function Text({ comment, names }: { comment: Comment; names: ReadonlyMap<string, string> }) {
  return (
    <p className="comment-text">
      {mentionRuns(comment, names).map((run, i) =>
        run.mention ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: runs of one text, in order
          <mark key={i} className="mention">
            {run.text}
          </mark>
        ) : (
          run.text
        ),
      )}
    </p>
  );
}

/**
 * One comment: who, when, the text with its mentions. The author may edit or delete it
 * (the server allows no one else); deleting asks once more, in place.
 */
export function CommentBody({ comment, mine, canDelete }: { comment: Comment; mine: boolean; canDelete: boolean }) {
  const { comments } = useComments();
  const people = usePeople();
  const names = new Map(people.map((p) => [p.id, p.name]));
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function remove() {
    const result = await comments.channel.send({ type: 'delete', id: comment.id });
    setConfirming(false);
    setError(result.ok ? null : result.reason);
  }

  return (
    <li className="comment" data-testid="comment" data-comment-id={comment.id}>
      <div className="comment-head">
        <span className="avatar" style={{ background: comment.author.color }} aria-hidden="true" />
        <strong>{comment.author.name}</strong>
        {comment.author.role === 'viewer' && <span className="comment-role">viewer</span>}
        {mine && <span className="comment-role">you</span>}
        <time dateTime={comment.createdAt} title={comment.createdAt}>
          {ago(comment.createdAt)}
          {comment.editedAt && ' · edited'}
        </time>
      </div>
      {editing ? (
        <Composer
          testId="edit-composer"
          placeholder="Edit your comment"
          submitLabel="Save"
          autoFocus
          initial={{
            text: comment.text,
            mentions: comment.mentions
              .map((id) => people.find((p) => p.id === id))
              .filter((p): p is Person => p !== undefined),
          }}
          onCancel={() => setEditing(false)}
          onSubmit={async (text, mentions) => {
            const result = await comments.channel.send({ type: 'edit', id: comment.id, text, mentions });
            if (result.ok) setEditing(false);
            return result.ok ? null : result.reason;
          }}
        />
      ) : (
        <Text comment={comment} names={names} />
      )}
      {mine && !editing && (
        <div className="comment-own">
          <button type="button" className="link-button" onClick={() => setEditing(true)}>
            Edit
          </button>
          {canDelete &&
            (confirming ? (
              <>
                <button type="button" className="link-button danger" onClick={remove}>
                  Delete this comment
                </button>
                <button type="button" className="link-button" onClick={() => setConfirming(false)}>
                  Keep
                </button>
              </>
            ) : (
              <button
                type="button"
                className="link-button"
                onClick={() => setConfirming(true)}
                title="Delete your comment (asks once more)"
              >
                Delete
              </button>
            ))}
        </div>
      )}
      {error && (
        <p className="composer-error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
