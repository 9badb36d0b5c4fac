import { addDays, type Item } from '@planroom/shared';
import { memo, useCallback, useSyncExternalStore } from 'react';
import { useDep, useDerived } from '../core/records';
import { useItem } from '../core/useYjs';
import { translate } from '../i18n/translate';
import type { DayScale } from '../timeline/timeScale';
import { useLaneColumn } from '../timeline/useLaneColumn';
import type { Band, DayWindow } from '../timeline/useViewport';
import { arrowObstaclesFor, cachedRoute } from './arrowObstacles';
import { arrowHead, type Point, pathOf, routeArrow, trimRoute } from './arrowRoute';
import { depAnchors, sameBar, visibleDeps } from './depGeometry';
import { depTooltip, violationOf } from './depText';
import { useRoadmap } from './RoadmapContext';
import { useCritical, usePlace } from './useLayout';

const sameIds = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v, i) => v === b[i]);

/**
 * Dependency arrows in an SVG layer over the lanes, routed around the bars: only links
 * with an end in the rendered part of the board. The list re-renders only when which
 * links are in view changes; each arrow wakes for its own link and its two ends, and
 * re-routes when the layout changes but re-renders only if its route came out different.
 * The layer starts at the time area's left edge and lies under the sticky lane column.
 */
export const DependencyLayer = memo(function DependencyLayer({
  scale,
  window,
  band,
  height,
}: {
  scale: DayScale;
  window: DayWindow;
  band: Band;
  height: number;
}) {
  const { engine, store } = useRoadmap();
  const laneColumn = useLaneColumn();
  const subscribe = useCallback(
    (cb: () => void) => {
      const a = engine.subscribeGeometry(cb);
      const b = store.deps.subscribeAll(cb);
      return () => {
        a();
        b();
      };
    },
    [engine, store],
  );
  const rect = {
    x0: Math.max(0, scale.x(window.from)),
    x1: Math.min(scale.width, scale.x(window.to)),
    y0: band.y0,
    y1: Math.min(height, band.y1),
  };
  const ids = useDerived(
    subscribe,
    () => visibleDeps(store.deps.all(), engine.getPlace, rect),
    sameIds,
    () => `${engine.getGeometryVersion()} ${store.deps.getVersion()} ${rect.x0} ${rect.x1} ${rect.y0} ${rect.y1}`,
  );
  // Only as big as the rendered part of the board (a few screens): a board-sized SVG
  // costs the browser a repaint of all of it on every scroll. Arrows reaching beyond it
  // are clipped out of sight.
  return (
    <svg
      className="dep-layer"
      style={{
        left: laneColumn + rect.x0,
        top: rect.y0,
        width: rect.x1 - rect.x0,
        height: Math.max(0, rect.y1 - rect.y0),
      }}
    >
      <title>{translate('dep.layer')}</title>
      <g transform={`translate(${-rect.x0} ${-rect.y0})`}>
        {ids.map((id) => (
          <Arrow key={id} id={id} />
        ))}
      </g>
    </svg>
  );
});

/** True when the hovered item or a selected one is an end of this link. */
function useRelated(from: string, to: string): boolean {
  const { session } = useRoadmap();
  const hovered = useSyncExternalStore(session.hovered.subscribe, () => {
    const h = session.hovered.get();
    return h === from || h === to;
  });
  const selected = useSyncExternalStore(session.selected.subscribe, () => {
    const s = session.selected.get();
    return s.has(from) || s.has(to);
  });
  return hovered || selected;
}

/**
 * Days each end of a link is being moved by a drag in progress (the dragged selection, or
 * "move dependents" successors), so the arrow follows the preview.
 */
function useDragShift(from: string, to: string): [number, number] {
  const { session } = useRoadmap();
  const key = useSyncExternalStore(session.drag.subscribe, () => {
    const drag = session.drag.get();
    if (drag?.mode !== 'move' || drag.days === 0) return '0 0';
    const shift = (id: string) => (drag.moving.has(id) ? drag.days : (drag.knockOn.get(id) ?? 0));
    return `${shift(from)} ${shift(to)}`;
  });
  const [a, b] = key.split(' ').map(Number);
  return [a ?? 0, b ?? 0];
}

const shifted = (item: Item, days: number): Item =>
  days ? { ...item, start: addDays(item.start, days), end: addDays(item.end, days) } : item;

const sameRoute = (a: readonly Point[], b: readonly Point[]) =>
  a.length === b.length && a.every((p, i) => p.x === b[i]?.x && p.y === b[i]?.y);

const Arrow = memo(function Arrow({ id }: { id: string }) {
  const ctx = useRoadmap();
  const { session, engine } = ctx;
  const dep = useDep(id);
  const fromId = dep?.from ?? '';
  const toId = dep?.to ?? '';
  const fromPlace = usePlace(fromId);
  const toPlace = usePlace(toId);
  const from = useItem(fromId);
  const to = useItem(toId);
  const fromCritical = useCritical(fromId)?.critical === true;
  const toCritical = useCritical(toId)?.critical === true;
  const critical = fromCritical && toCritical;
  const related = useRelated(fromId, toId);
  const selected = useSyncExternalStore(session.selectedDep.subscribe, () => session.selectedDep.get() === id);
  const [fromShift, toShift] = useDragShift(fromId, toId);
  const ppd = engine.getStructure().scale.ppd;
  const drawn = dep && fromPlace && toPlace && !sameBar(fromPlace, toPlace);
  const anchors =
    drawn &&
    depAnchors(
      dep.type,
      { ...fromPlace, x: fromPlace.x + fromShift * ppd },
      { ...toPlace, x: toPlace.x + toShift * ppd },
    );
  // Re-routed when any bar moves (one might now be in the way), re-rendered only when the
  // route comes out different; a drag's preview moves only the arrows of the dragged bars.
  // The key is read when the layout changes, not when this last rendered.
  const key = () =>
    anchors
      ? `${engine.getGeometryVersion()} ${ctx.canEdit} ${anchors.map((a) => `${a.x} ${a.y} ${a.side}`).join(' ')}`
      : '';
  const route = useDerived(
    engine.subscribeGeometry,
    () =>
      anchors
        ? cachedRoute(engine, id, key(), () =>
            routeArrow(anchors[0], anchors[1], { field: arrowObstaclesFor(ctx), minX: 0 }),
          )
        : [],
    sameRoute,
    key,
  );
  if (!drawn || !from || !to || route.length < 2) return null;

  const violation = violationOf(dep, shifted(from, fromShift), shifted(to, toShift));
  const className = [
    'dep',
    violation ? 'is-violated' : '',
    critical ? 'is-critical' : '',
    related ? 'is-related' : '',
    selected ? 'is-selected' : '',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG group cannot be a <button>; it is focusable and keyboard-operable
    <g
      className={className}
      data-testid="dep-arrow"
      data-dep-id={id}
      data-violated={violation ? 'true' : 'false'}
      data-critical={critical ? 'true' : 'false'}
      role="button"
      tabIndex={-1}
      aria-label={translate('dep.arrowLabel', { from: from.title, to: to.title })}
      aria-pressed={selected}
      onPointerDown={(e) => e.stopPropagation()}
      onClick={() => session.selectDep(id)}
      onKeyDown={(e) => e.key === 'Enter' && session.selectDep(id)}
    >
      <title>{depTooltip(dep, from, to, violation)}</title>
      <path className="dep-hit" d={pathOf(trimRoute(route, 16, 6))} />
      <path className="dep-line" d={pathOf(route)} />
      <path className="dep-head" d={arrowHead(route)} />
    </g>
  );
});

/** The line that follows the pointer while a link is drawn from a connector. */
export function LinkDraft() {
  const { session } = useRoadmap();
  const draft = useSyncExternalStore(session.linkDraft.subscribe, session.linkDraft.get);
  if (!draft) return null;
  return (
    <svg className="link-draft" aria-hidden="true">
      <line x1={draft.x0} y1={draft.y0} x2={draft.x1} y2={draft.y1} />
      <circle cx={draft.x1} cy={draft.y1} r={4} />
    </svg>
  );
}
