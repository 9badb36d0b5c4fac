import { CURSOR_HZ } from '@planroom/shared';
import type { BoardSpace } from '../core/session';
import { presenceUser } from './identity';
import type { WorkshopContextValue } from './WorkshopContext';

/** No input for this long marks someone idle (their cursor and avatar fade). */
export const IDLE_MS = 60_000;

/**
 * Publishes this person's presence: name and colour, the pointer over the view on screen
 * (as a board point), what they look at (for followers), and whether they are idle.
 * Returns the cleanup.
 */
export function wireOwnPresence(ctx: WorkshopContextValue): () => void {
  const { workshop, session, view, prefs } = ctx;
  const { presence } = workshop;
  const cleanups: Array<() => void> = [];

  const publishName = () => {
    const name = workshop.name.get();
    if (name) {
      presence.publish({ user: presenceUser(name) });
      presence.flush();
    }
  };
  publishName();
  cleanups.push(workshop.name.subscribe(publishName));

  const publishView = () => {
    const space = session.space.get();
    if (!space) return;
    presence.publish({ view: { query: view.query(), ppd: space.ppd, ...space.anchor() } });
  };
  cleanups.push(view.view.subscribe(publishView), prefs.ppd.subscribe(publishView));

  let detach = () => {};
  const attach = (space: BoardSpace | null) => {
    detach();
    if (!space) return;
    publishView();
    const el = space.scrollEl;
    // the pointer is read at most CURSOR_HZ times a second, the latest position winning
    let last: PointerEvent | null = null;
    let pending: ReturnType<typeof setTimeout> | undefined;
    const read = () => {
      pending = undefined;
      if (last) presence.publish({ cursor: space.pointAt(last.clientX, last.clientY, last.target) });
    };
    const onMove = (e: PointerEvent) => {
      last = e;
      pending ??= setTimeout(read, 1000 / CURSOR_HZ);
    };
    const onLeave = () => {
      last = null;
      presence.publish({ cursor: null });
    };
    // The view is read like the pointer, at most CURSOR_HZ times a second: reading the
    // scroll position in every scroll event made the browser restyle the board mid-frame.
    let viewPending: ReturnType<typeof setTimeout> | undefined;
    const readView = () => {
      viewPending = undefined;
      publishView();
    };
    const onScroll = () => {
      viewPending ??= setTimeout(readView, 1000 / CURSOR_HZ);
    };
    el.addEventListener('pointermove', onMove, { passive: true });
    el.addEventListener('pointerleave', onLeave);
    el.addEventListener('scroll', onScroll, { passive: true });
    detach = () => {
      clearTimeout(pending);
      clearTimeout(viewPending);
      el.removeEventListener('pointermove', onMove);
      el.removeEventListener('pointerleave', onLeave);
      el.removeEventListener('scroll', onScroll);
    };
  };
  attach(session.space.get());
  cleanups.push(
    session.space.subscribe(() => attach(session.space.get())),
    () => detach(),
  );

  // idle after a minute without input, or while the tab is hidden
  let idle = false;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  const setIdle = (next: boolean) => {
    if (next === idle) return;
    idle = next;
    presence.publish({ idle });
  };
  const active = () => {
    clearTimeout(idleTimer);
    if (!document.hidden) setIdle(false);
    idleTimer = setTimeout(() => setIdle(true), IDLE_MS);
  };
  const onVisibility = () => (document.hidden ? setIdle(true) : active());
  const inputs = ['pointermove', 'pointerdown', 'keydown', 'wheel'] as const;
  for (const type of inputs) window.addEventListener(type, active, { passive: true });
  document.addEventListener('visibilitychange', onVisibility);
  active();
  cleanups.push(() => {
    clearTimeout(idleTimer);
    for (const type of inputs) window.removeEventListener(type, active);
    document.removeEventListener('visibilitychange', onVisibility);
  });

  return () => {
    for (const cleanup of cleanups) cleanup();
  };
}
