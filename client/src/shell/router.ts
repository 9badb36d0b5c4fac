import { useSyncExternalStore } from 'react';

/** A tiny router over the history API: the app has two pages. */
export type Route = { page: 'start' } | { page: 'board'; boardId: string } | { page: 'not-found'; path: string };

const NAVIGATE = 'planroom:navigate';

export function parseRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { page: 'start' };
  const board = /^\/b\/([A-Za-z0-9_-]{1,64})\/?$/.exec(pathname);
  if (board?.[1]) return { page: 'board', boardId: board[1] };
  return { page: 'not-found', path: pathname };
}

/**
 * The capability token travels in the URL fragment (`#token=…`), which browsers never send
 * to a server; it leaves the page only as a Bearer header (the WebSocket gets a one-use
 * ticket instead, see ticketSocket.ts).
 */
export function tokenFromHash(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token?.trim() ? token.trim() : null;
}

export function boardPath(boardId: string, token: string): string {
  return `/b/${encodeURIComponent(boardId)}#token=${encodeURIComponent(token)}`;
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  window.dispatchEvent(new Event(NAVIGATE));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener('hashchange', onChange);
  window.addEventListener(NAVIGATE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener('hashchange', onChange);
    window.removeEventListener(NAVIGATE, onChange);
  };
}

const snapshot = () => location.pathname + location.hash;

/** Re-renders on navigation; returns the route and the token of the current URL. */
export function useLocation(): { route: Route; token: string | null } {
  const current = useSyncExternalStore(subscribe, snapshot);
  const hashAt = current.indexOf('#');
  const path = hashAt < 0 ? current : current.slice(0, hashAt);
  const hash = hashAt < 0 ? '' : current.slice(hashAt);
  return { route: parseRoute(path), token: tokenFromHash(hash) };
}
