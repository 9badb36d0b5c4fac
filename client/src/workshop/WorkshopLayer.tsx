import { useEffect } from 'react';
import { CursorLayer } from './CursorLayer';
import { FollowBanner } from './FollowBanner';
import { wireFollow } from './follow';
import { NameDialog } from './NameDialog';
import { wireOwnPresence } from './ownPresence';
import { SelectionOutlines } from './SelectionOutlines';
import { VotePanel, VoteResults } from './VotePanel';
import { useWorkshop } from './WorkshopContext';

/**
 * The live workshop over whichever view is on screen: own presence out, others'
 * pointers and selections in, following, the name asked on first visit, and the
 * server's refusals as notices.
 */
export function WorkshopLayer() {
  const ctx = useWorkshop();
  useEffect(() => wireOwnPresence(ctx), [ctx]);
  useEffect(() => wireFollow(ctx), [ctx]);
  useEffect(() => {
    const { channel } = ctx.workshop;
    return channel.refused.subscribe(() => ctx.session.notify(channel.lastRefusal));
  }, [ctx]);
  return (
    <>
      <FollowBanner />
      <CursorLayer />
      <SelectionOutlines />
      <NameDialog />
      <div className="workshop-cards">
        <VotePanel />
        <VoteResults />
      </div>
    </>
  );
}
