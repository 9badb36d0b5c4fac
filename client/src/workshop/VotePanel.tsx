import { applyRanking, localIsoDate, ranking, tagRanking, type VoteView } from '@planroom/shared';
import { useState } from 'react';
import { edit } from '../core/edit';
import { useItem } from '../core/useYjs';
import { useValue } from '../ui/useValue';
import { useVoteResult } from './votes';
import { useWorkshop } from './WorkshopContext';

const sum = (ballot: Record<string, number>) => Object.values(ballot).reduce((a, b) => a + b, 0);

function ItemTitle({ id }: { id: string }) {
  const item = useItem(id);
  return <>{item?.title ?? 'A deleted item'}</>;
}

function VoteRow({ vote, itemId }: { vote: VoteView; itemId: string }) {
  const { channel } = useWorkshop().workshop;
  const mine = vote.mine[itemId] ?? 0;
  const left = vote.dots - sum(vote.mine);
  const full = vote.cap !== null && mine >= vote.cap;
  const cast = (add: boolean) => channel.send({ type: 'vote-cast', itemId, add });
  return (
    <li className="vote-row" data-testid="vote-row" data-item-id={itemId} data-mine={mine}>
      <span className="vote-title">
        <ItemTitle id={itemId} />
      </span>
      <span className="vote-dots">
        <span aria-hidden="true">{'●'.repeat(mine)}</span>
        <span className="sr-only">{mine} of your dots</span>
      </span>
      {vote.canVote && (
        <span className="vote-buttons">
          <button
            type="button"
            className="icon-button small"
            disabled={!mine}
            onClick={() => cast(false)}
            title="Take one of your dots back"
          >
            −<span className="sr-only">Take a dot from this item</span>
          </button>
          <button
            type="button"
            className="icon-button small"
            disabled={left <= 0 || full}
            onClick={() => cast(true)}
            title={
              full ? `At most ${vote.cap} of your dots here` : left <= 0 ? 'All your dots are placed' : 'Put a dot here'
            }
          >
            +<span className="sr-only">Put a dot on this item</span>
          </button>
        </span>
      )}
    </li>
  );
}

/** The vote running: the items, your dots (only yours), and for the owner reveal and cancel. */
export function VotePanel() {
  const { workshop, role } = useWorkshop();
  const vote = useValue(workshop.channel.vote);
  if (!vote) return null;
  const left = vote.dots - sum(vote.mine);
  const send = workshop.channel.send.bind(workshop.channel);
  return (
    <section className="vote-panel" data-testid="vote-panel" aria-label="Dot vote">
      <h2>{vote.title}</h2>
      <p className="vote-summary">
        {vote.canVote ? `${left} of ${vote.dots} dots left` : 'Viewers watch this vote'}
        {vote.cap !== null ? ` · at most ${vote.cap} on one item` : ''} · {vote.voters}{' '}
        {vote.voters === 1 ? 'person has' : 'people have'} voted. Dots stay secret until the reveal.
      </p>
      <ul className="vote-list">
        {vote.itemIds.map((id) => (
          <VoteRow key={id} vote={vote} itemId={id} />
        ))}
      </ul>
      {role === 'owner' && (
        <div className="vote-actions">
          <button
            type="button"
            className="button primary"
            data-testid="vote-reveal"
            onClick={() => send({ type: 'vote-reveal' })}
          >
            Reveal the votes
          </button>
          <button type="button" className="button" onClick={() => send({ type: 'vote-cancel' })}>
            Cancel
          </button>
        </div>
      )}
    </section>
  );
}

/** The last revealed vote for everyone: the ranking, dots on the bars, and the ranking as the items' order. */
export function VoteResults() {
  const ctx = useWorkshop();
  const result = useVoteResult(ctx);
  const [closed, setClosed] = useState<string | null>(null);
  const [label, setLabel] = useState(() => `Vote ${localIsoDate(new Date())}`);
  const [tagged, setTagged] = useState<string | null>(null);
  if (!result || closed === result.id) return null;
  const ranked = ranking(result);
  const most = Math.max(1, ...ranked.map((r) => r.dots));
  const badges = ranked
    .filter((r) => r.dots > 0)
    .map(
      (r) =>
        `[data-testid="bar"][data-item-id="${r.itemId.replace(/["\\]/g, '')}"] .bar-content::after { content: "${r.dots} ●"; }`,
    );
  return (
    <section className="vote-panel vote-results" data-testid="vote-results" aria-label="Vote results">
      <style>{badges.join('\n')}</style>
      <h2>Results: {result.title}</h2>
      <p className="vote-summary">
        {result.voters} {result.voters === 1 ? 'person' : 'people'} voted, {result.dots} dots each.
      </p>
      <ol className="vote-list">
        {ranked.map((r, i) => (
          <li key={r.itemId} className="vote-row" data-testid="vote-result" data-item-id={r.itemId} data-dots={r.dots}>
            <span className="vote-rank">{i + 1}.</span>
            <span className="vote-title">
              <ItemTitle id={r.itemId} />
            </span>
            <span className="vote-bar" style={{ width: `${(r.dots / most) * 60}px` }} aria-hidden="true" />
            <span className="vote-count">{r.dots}</span>
          </li>
        ))}
      </ol>
      <div className="vote-actions">
        {ctx.canEdit && (
          <button
            type="button"
            className="button primary"
            title="The voted items swap places among themselves so the one with most dots comes first (one undo step)"
            onClick={() => edit(ctx, () => applyRanking(ctx.doc, result))}
          >
            Use the ranking as the order
          </button>
        )}
        {ctx.canEdit && (
          <span className="vote-tag">
            <input
              aria-label="Tag label"
              data-testid="vote-tag-label"
              value={label}
              maxLength={34}
              onChange={(e) => setLabel(e.target.value)}
            />
            <button
              type="button"
              className="button"
              data-testid="vote-tag"
              title="Tags each item that got dots with the label and its place (“Vote 2026-12-02 #1”); tagging again with the same label replaces the places. Search finds the tags. One undo step."
              onClick={() => {
                let given: string[] = [];
                if (edit(ctx, () => (given = tagRanking(ctx.doc, result, label)))) setTagged(`${given.length} tagged`);
              }}
            >
              Tag the ranking
            </button>
            {tagged && <span className="vote-tagged">{tagged}</span>}
          </span>
        )}
        <button type="button" className="button" onClick={() => setClosed(result.id)}>
          Close
        </button>
      </div>
    </section>
  );
}
