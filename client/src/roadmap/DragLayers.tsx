import { type RefObject, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { translate } from '../i18n/translate';
import { BAR_HEIGHT } from '../timeline/bars';
import { idsInRect, normalizeRect, type Rect } from '../timeline/rowGeometry';
import { useRoadmap } from './RoadmapContext';

/**
 * Where "move dependents" would take each successor while a bar is dragged: dashed ghost
 * bars at the new dates (the real bars stay until the drop writes the move).
 */
export function GhostLayer({ ppd, laneColumn }: { ppd: number; laneColumn: number }) {
  const { session, engine, store } = useRoadmap();
  const drag = useSyncExternalStore(session.drag.subscribe, session.drag.get);
  if (!drag?.knockOn.size) return null;
  return (
    <div className="ghost-layer" aria-hidden="true">
      {[...drag.knockOn].map(([id, days]) => {
        const place = engine.getPlace(id);
        if (!place || place.proxy) return null;
        return (
          <div
            key={id}
            className="ghost-bar"
            data-testid="ghost-bar"
            data-item-id={id}
            data-days={days}
            title={translate('drag.shift', {
              title: store.getItem(id)?.title ?? '',
              shift: `${days > 0 ? '+' : ''}${translate('bar.days', { count: days })}`,
            })}
            style={{ left: laneColumn + place.x + days * ppd, top: place.y, width: place.width, height: BAR_HEIGHT }}
          />
        );
      })}
    </div>
  );
}

/**
 * Rubber-band selection: a drag that starts on empty track space selects every bar the
 * rectangle touches (Shift adds to the selection). A plain click there clears it.
 */
export function RubberBand({ bodyRef, laneColumn }: { bodyRef: RefObject<HTMLDivElement | null>; laneColumn: number }) {
  const { session, engine } = useRoadmap();
  const [rect, setRect] = useState<Rect | null>(null);
  const start = useRef<{ x: number; y: number; add: boolean } | null>(null);

  useEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    const point = (e: PointerEvent) => {
      const r = body.getBoundingClientRect();
      return { x: e.clientX - r.left, y: e.clientY - r.top };
    };
    const onDown = (e: PointerEvent) => {
      const target = e.target as HTMLElement;
      if (e.button !== 0 || !target.classList.contains('lane-track')) return;
      start.current = { ...point(e), add: e.shiftKey };
      // on the window, not captured: a capture would retarget the click and double-click
      window.addEventListener('pointermove', onMove);
      window.addEventListener('pointerup', onUp);
      window.addEventListener('pointercancel', onUp);
    };
    const onMove = (e: PointerEvent) => {
      const from = start.current;
      if (!from) return;
      const to = point(e);
      if (Math.abs(to.x - from.x) + Math.abs(to.y - from.y) < 4) return;
      setRect(normalizeRect(from, to));
    };
    const onUp = (e: PointerEvent) => {
      const from = start.current;
      start.current = null;
      window.removeEventListener('pointermove', onMove);
      window.removeEventListener('pointerup', onUp);
      window.removeEventListener('pointercancel', onUp);
      if (!from) return;
      const to = point(e);
      setRect(null);
      if (Math.abs(to.x - from.x) + Math.abs(to.y - from.y) < 4) {
        if (!from.add) session.select(null);
        return;
      }
      const r = normalizeRect(from, to);
      const track = { ...r, x0: r.x0 - laneColumn, x1: r.x1 - laneColumn };
      session.selectMany(idsInRect(engine.placedRows(), track), from.add);
    };
    body.addEventListener('pointerdown', onDown);
    return () => {
      body.removeEventListener('pointerdown', onDown);
      window.removeEventListener('pointermove', onMove);
      window.removeEventListener('pointerup', onUp);
      window.removeEventListener('pointercancel', onUp);
    };
  }, [bodyRef, laneColumn, session, engine]);

  if (!rect) return null;
  return (
    <div
      className="rubber-band"
      data-testid="rubber-band"
      style={{ left: rect.x0, top: rect.y0, width: rect.x1 - rect.x0, height: rect.y1 - rect.y0 }}
    />
  );
}
