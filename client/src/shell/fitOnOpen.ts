import { useEffect } from 'react';
import type { Session } from '../core/session';

const KEY = 'planroom.fitOnOpen';

/**
 * An imported plan rarely runs around today, where a board opens: the board just
 * imported in this tab opens zoomed to fit its items instead, once.
 */
export function markFitOnOpen(boardId: string): void {
  try {
    sessionStorage.setItem(KEY, boardId);
  } catch {
    // storage refused (private mode): the board opens on today as any other
  }
}

/** Fits the board to its items when it was marked, as soon as the timeline is on screen. */
export function useFitOnOpen(boardId: string, session: Session | undefined): void {
  useEffect(() => {
    let marked: string | null = null;
    try {
      marked = sessionStorage.getItem(KEY);
    } catch {
      return;
    }
    if (!session || marked !== boardId) return;
    let frame = 0;
    let tries = 0;
    // the roadmap registers its timeline in an effect of its own, a frame or two later
    const attempt = () => {
      if (session.timeline) {
        sessionStorage.removeItem(KEY);
        session.timeline.fit([]);
      } else if (++tries < 300) frame = requestAnimationFrame(attempt);
    };
    frame = requestAnimationFrame(attempt);
    return () => cancelAnimationFrame(frame);
  }, [boardId, session]);
}
