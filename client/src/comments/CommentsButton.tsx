import { CommentIcon } from '../ui/icons';
import { useValue } from '../ui/useValue';
import { useComments } from './CommentsContext';
import { useUnreadState } from './useThreads';

/** The header's Comments button, with how many comments this person has not read. */
export function CommentsButton() {
  const { comments } = useComments();
  const open = useValue(comments.panelOpen);
  const { total } = useUnreadState();
  const label = total ? `Comments: ${total} unread (C)` : 'Comments (C)';
  return (
    <button
      type="button"
      className={`button comments-button${open ? ' is-active' : ''}`}
      aria-pressed={open}
      data-testid="comments-button"
      title={label}
      onClick={() => comments.panelOpen.set(!open)}
    >
      <CommentIcon size={14} />
      <span className="head-label">Comments</span>
      {total > 0 && (
        <span className="unread-count" data-testid="comments-unread">
          {total}
        </span>
      )}
    </button>
  );
}
