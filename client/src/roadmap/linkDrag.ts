import type { PointerEvent as ReactPointerEvent } from 'react';
import { linkTo } from './actions';
import type { RoadmapContextValue } from './RoadmapContext';

/** The item whose bar is under a point, other than `except`. */
export function barAt(x: number, y: number, except: string): string | null {
  for (const el of document.elementsFromPoint(x, y)) {
    const id = el.closest('[data-testid="bar"]')?.getAttribute('data-item-id');
    if (id && id !== except) return id;
  }
  return null;
}

/**
 * Drawing a link: press on a bar's connector, drag onto another bar (in any row), let go.
 * The pointer is captured so the drag survives leaving the connector; Escape cancels.
 */
export function startLinkDrag(ctx: RoadmapContextValue, event: ReactPointerEvent<HTMLElement>, from: string): void {
  if (event.button !== 0) return;
  event.stopPropagation();
  event.preventDefault();
  const { session } = ctx;
  const el = event.currentTarget;
  el.setPointerCapture(event.pointerId);
  const rect = el.getBoundingClientRect();
  const x0 = rect.left + rect.width / 2;
  const y0 = rect.top + rect.height / 2;
  session.linkDraft.set({ x0, y0, x1: event.clientX, y1: event.clientY });

  const move = (e: PointerEvent) => session.linkDraft.set({ x0, y0, x1: e.clientX, y1: e.clientY });
  const finish = (e: PointerEvent | null) => {
    el.removeEventListener('pointermove', move);
    el.removeEventListener('pointerup', up);
    el.removeEventListener('pointercancel', cancel);
    window.removeEventListener('keydown', onKey, true);
    session.linkDraft.set(null);
    const target = e ? barAt(e.clientX, e.clientY, from) : null;
    if (target) linkTo(ctx, from, target);
  };
  const up = (e: PointerEvent) => finish(e);
  const cancel = () => finish(null);
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    finish(null);
  };
  el.addEventListener('pointermove', move);
  el.addEventListener('pointerup', up);
  el.addEventListener('pointercancel', cancel);
  window.addEventListener('keydown', onKey, true);
}
