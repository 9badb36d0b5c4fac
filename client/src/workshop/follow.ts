import type { FollowView } from '@planroom/shared';
import type { WorkshopContextValue } from './WorkshopContext';

const PAN_KEYS = new Set([
  'Escape',
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'PageUp',
  'PageDown',
  'Home',
  'End',
]);

const modeOf = (query: string) => (new URLSearchParams(query).get('view') === 'resources' ? 'resources' : 'roadmap');

/**
 * Following someone: their view (roadmap or resources, grouping and filters), zoom and
 * scroll are taken as they change. This person's own pan (wheel, a press in the view, the
 * arrow or page keys) or Escape stops it. The presenter (set by the owner through the
 * server) is followed by everyone, viewers included, until they stop presenting.
 * Returns the cleanup.
 */
export function wireFollow(ctx: WorkshopContextValue): () => void {
  const { workshop, session, view, prefs } = ctx;
  const { presence, following, channel } = workshop;
  let unfollowPeer = () => {};

  const apply = () => {
    const id = following.get();
    if (id === null) return;
    const peer = presence.getPeer(id);
    if (!peer) {
      following.set(null);
      return;
    }
    const target: FollowView | null = peer.view;
    if (!target) return;
    if (view.query() !== target.query) view.setQuery(target.query);
    if (prefs.ppd.get() !== target.ppd) prefs.ppd.set(target.ppd);
    const space = session.space.get();
    // once the view on screen is theirs, at their zoom: their scroll
    if (space && space.mode === modeOf(target.query) && space.ppd === target.ppd) space.scrollTo(target);
  };

  const onFollowing = () => {
    unfollowPeer();
    const id = following.get();
    unfollowPeer = id === null ? () => {} : presence.subscribePeer(id, apply);
    apply();
  };

  const stop = () => {
    if (following.get() !== null) following.set(null);
  };
  const onWheel = (e: WheelEvent) => {
    if (e.isTrusted && session.space.get()?.scrollEl.contains(e.target as Node)) stop();
  };
  const onPointerDown = (e: PointerEvent) => {
    if (e.isTrusted && session.space.get()?.scrollEl.contains(e.target as Node)) stop();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.isTrusted && PAN_KEYS.has(e.key)) stop();
  };
  window.addEventListener('wheel', onWheel, { capture: true, passive: true });
  window.addEventListener('pointerdown', onPointerDown, { capture: true });
  window.addEventListener('keydown', onKeyDown, { capture: true });

  // the presenter: everyone else follows them; when they stop, following them stops
  let presenter = channel.presenter.get();
  const onPresenter = () => {
    const next = channel.presenter.get();
    if (next !== null && next !== presence.clientId) following.set(next);
    else if (next === null && presenter !== null && following.get() === presenter) following.set(null);
    presenter = next;
  };
  onPresenter();

  const cleanups = [
    following.subscribe(onFollowing),
    session.space.subscribe(apply),
    channel.presenter.subscribe(onPresenter),
  ];
  onFollowing();
  return () => {
    unfollowPeer();
    for (const cleanup of cleanups) cleanup();
    window.removeEventListener('wheel', onWheel, { capture: true });
    window.removeEventListener('pointerdown', onPointerDown, { capture: true });
    window.removeEventListener('keydown', onKeyDown, { capture: true });
  };
}
