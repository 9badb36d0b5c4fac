import { newestIn } from '@planroom/shared';
import { useEffect, useState } from 'react';
import { useComments } from './CommentsContext';
import { Composer } from './Composer';
import { Thread } from './Thread';
import { useItemThreads } from './useThreads';

/**
 * The item panel's comments: its threads (open ones first, resolved ones folded) and a box
 * to start one. Everything shown is marked read for this browser while the panel is open,
 * so the count on the bar clears as the thread is read.
 */
export function ItemComments({ itemId }: { itemId: string }) {
  const ctx = useComments();
  const threads = useItemThreads(itemId);
  const [showResolved, setShowResolved] = useState(false);
  const open = threads.filter((t) => !t.resolved);
  const resolved = threads.filter((t) => t.resolved);
  const shown = showResolved ? [...open, ...resolved] : open;

  useEffect(() => {
    for (const t of shown) ctx.commentReads.markRead(t.id, newestIn(t));
  });

  return (
    <section className="item-comments" aria-label="Comments" data-testid="item-comments">
      <h3 className="field-label comments-title">
        Comments
        {threads.length > 0 && <span className="count">{open.length} open</span>}
      </h3>
      {shown.map((t) => (
        <Thread key={t.id} thread={t} />
      ))}
      {resolved.length > 0 && (
        <button type="button" className="link-button" onClick={() => setShowResolved(!showResolved)}>
          {showResolved
            ? 'Hide resolved threads'
            : `Show ${resolved.length} resolved thread${resolved.length === 1 ? '' : 's'}`}
        </button>
      )}
      <Composer
        testId="new-thread"
        placeholder={
          threads.length ? 'Start another thread… (@ to mention)' : 'Ask a question or leave a note… (@ to mention)'
        }
        submitLabel="Comment"
        onSubmit={async (text, mentions) => {
          const result = await ctx.comments.channel.send({ type: 'add', itemId, text, mentions });
          return result.ok ? null : result.reason;
        }}
      />
    </section>
  );
}
