import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useValue } from '../ui/useValue';
import { CursorPainter } from './cursorPainter';
import { useWorkshop } from './WorkshopContext';

/**
 * Everyone else's pointer over the view on screen, placed from their board point, so it
 * sits on the same bar or row and day whatever this person's zoom, scroll or grouping.
 * React only puts the layer inside the scrolling canvas; the pointers in it are drawn by
 * a CursorPainter, which moves one element per pointer and at most once a frame.
 */
export function CursorLayer() {
  const { session, workshop } = useWorkshop();
  const space = useValue(session.space);
  const [layer, setLayer] = useState<HTMLDivElement | null>(null);
  const [painter, setPainter] = useState<CursorPainter | null>(null);

  useEffect(() => {
    if (!layer) return;
    const next = new CursorPainter(layer, workshop.presence);
    setPainter(next);
    return () => next.destroy();
  }, [layer, workshop.presence]);

  useEffect(() => painter?.setSpace(space), [painter, space]);

  if (!space) return null;
  return createPortal(<div className="cursor-layer" aria-hidden="true" ref={setLayer} />, space.canvasEl);
}
