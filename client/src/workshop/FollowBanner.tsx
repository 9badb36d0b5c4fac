import { useSyncExternalStore } from 'react';
import { useValue } from '../ui/useValue';
import { useWorkshop } from './WorkshopContext';

/** "Following Anna" (or "Anna is presenting") while this person follows someone, with a way out. */
export function FollowBanner() {
  const { workshop } = useWorkshop();
  const id = useValue(workshop.following);
  const presenter = useValue(workshop.channel.presenter);
  const name = useSyncExternalStore(
    (cb) => (id === null ? () => {} : workshop.presence.subscribePeer(id, cb)),
    () => (id === null ? undefined : workshop.presence.getPeer(id)?.name),
  );
  if (id === null || !name) return null;
  return (
    <div className="follow-banner" role="status" data-testid="follow-banner">
      <span>{presenter === id ? `${name} is presenting: you follow their view` : `Following ${name}`}</span>
      <button type="button" className="button subtle small" onClick={() => workshop.following.set(null)}>
        Stop following (Esc)
      </button>
    </div>
  );
}

/** Owners: bring everyone to this view, and stop presenting. The server refuses anyone else. */
export function PresentButton() {
  const { workshop, role } = useWorkshop();
  const presenter = useValue(workshop.channel.presenter);
  if (role !== 'owner') return null;
  const presenting = presenter === workshop.presence.clientId;
  return (
    <button
      type="button"
      className={`button${presenting ? ' primary' : ''}`}
      data-testid={presenting ? 'stop-presenting' : 'bring-everyone'}
      title={
        presenting
          ? 'Let everyone move on their own again'
          : 'Everyone on the board, viewers included, follows your view until you stop'
      }
      onClick={() =>
        workshop.channel.send(
          presenting ? { type: 'stop-presenting' } : { type: 'present', clientId: workshop.presence.clientId },
        )
      }
    >
      {presenting ? 'Stop presenting' : 'Bring everyone here'}
    </button>
  );
}
