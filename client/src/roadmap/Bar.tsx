import { type DraggableAttributes, useDraggable } from '@dnd-kit/core';
import { initials } from '@planroom/shared';
import { type MouseEvent, memo, useCallback, useState, useSyncExternalStore } from 'react';
import { usePerson } from '../core/records';
import type { DragMode } from '../core/session';
import { useItem } from '../core/useYjs';
import { translate } from '../i18n/translate';
import { BAR_HEIGHT, rowTop } from '../timeline/bars';
import { StatusIcon } from '../ui/icons';
import { PRESENTATION_TITLE_SCALE, titleWidth } from '../ui/textWidth';
import { linkTo } from './actions';
import { baselineTooltip } from './BaselineBar';
import { BESIDE_GAP, besideRoom, titleBeside } from './barLabels';
import { barTooltip } from './barText';
import { unreadText, useUnreadCount } from './commentMarks';
import type { DragData } from './dragMath';
import { startLinkDrag } from './linkDrag';
import { useRoadmap } from './RoadmapContext';
import { useRiskMark } from './riskMarks';
import { useChosenBaseline } from './useBaseline';
import { useCritical } from './useLayout';

/** Bars wider than this (about a screen) keep their title in view while they start left of it. */
const LONG_BAR = 1000;

interface BarProps {
  id: string;
  rowKey: string;
  x: number;
  width: number;
  row: number;
  labelOutside: boolean;
  /** Free pixels after the bar in its line: a title that does not fit inside may go there. */
  room: number;
  ppd: number;
  /** Whether dragging can take the bar to another row (rows are lanes). */
  vertical: boolean;
}

/** One draggable per bar: where the press lands (an edge handle or not) decides move or resize. */
function useBarDrag(id: string, rowKey: string, disabled: boolean) {
  const data: DragData = { itemId: id };
  // one item can show in several rows (an item serving two goals): ids must be unique
  return useDraggable({ id: `bar:${rowKey}:${id}`, data, disabled });
}

/** dnd-kit's keyboard-drag hints would be wrong here: bars move by pointer or the keyboard shortcuts. */
function pointerOnly(attributes: DraggableAttributes) {
  return { 'aria-roledescription': attributes['aria-roledescription'] };
}

/** How a drag shows on this bar: its own (how, and how far) or carried along by another selected bar. */
interface BarDrag {
  mode: DragMode | null;
  days: number;
  dy: number;
}

/**
 * This bar's session state in one subscription (a bar is mounted by the hundred):
 * selected, and how far a drag has taken it (dragged itself, or carried along by a drag
 * of another selected bar). The offset comes from the session's preview, the same one the
 * drop writes, so the bar is drawn where it will land.
 */
function useBarSession(id: string): { selected: boolean } & BarDrag {
  const { session } = useRoadmap();
  const subscribe = useCallback(
    (cb: () => void) => {
      const a = session.selected.subscribe(cb);
      const b = session.drag.subscribe(cb);
      return () => {
        a();
        b();
      };
    },
    [session],
  );
  const key = useSyncExternalStore(subscribe, () => {
    const drag = session.drag.get();
    const selected = session.selected.get().has(id) ? 1 : 0;
    if (!drag || (drag.active !== id && !drag.moving.has(id))) return `${selected}`;
    if (drag.active !== id) return `${selected} ${drag.days} 0`;
    return `${selected} ${drag.days} ${drag.dy} ${drag.mode}`;
  });
  const [selected, days, dy, mode] = key.split(' ');
  return {
    selected: selected === '1',
    days: Number(days ?? 0),
    dy: Number(dy ?? 0),
    mode: (mode || null) as DragMode | null,
  };
}

/**
 * One item on the timeline. Memoised on its box: it re-renders when its own record,
 * owner, critical-path state, open-high-risk marker or chosen baseline changes, when it is (de)selected, or
 * while it is dragged; never for a neighbour.
 */
export const Bar = memo(function Bar({ id, rowKey, x, width, row, labelOutside, room, ppd, vertical }: BarProps) {
  const ctx = useRoadmap();
  const { canEdit, session } = ctx;
  const { BarMark } = ctx.slots;
  const item = useItem(id);
  const { selected, days, dy, mode } = useBarSession(id);
  const owner = usePerson(item?.ownerId ?? null);
  const critical = useCritical(id);
  const riskMark = useRiskMark(id);
  const unread = useUnreadCount(id);
  const baseline = useChosenBaseline();
  // the connector is only in the DOM under the pointer or on a selected bar: one element
  // fewer per bar, and one compositor layer fewer where titles are sticky
  const [hover, setHover] = useState(false);
  const milestone = item?.kind === 'milestone';
  const drag = useBarDrag(id, rowKey, !canEdit);
  if (!item) return null;

  let left = x;
  let w = width;
  const dx = days * ppd;
  if (mode === 'start') {
    const shift = Math.min(dx, width - ppd);
    left += shift;
    w -= shift;
  }
  if (mode === 'end') w = Math.max(ppd, w + dx);
  const dragging = drag.isDragging;
  const moved = mode === 'start' || mode === 'end' ? null : dx || dy ? { x: dx, y: dy } : null;
  const need = {
    text: titleWidth(item.title) * (ctx.presenting ? PRESENTATION_TITLE_SCALE : 1),
    owner: owner !== undefined,
  };
  const gap = canEdit ? BESIDE_GAP.edit : BESIDE_GAP.view;
  const beside = titleBeside(w, labelOutside, need, room, gap);

  const className = [
    'bar',
    `kind-${item.kind}`,
    `status-${item.status}`,
    beside ? 'label-outside' : '',
    selected ? 'is-selected' : '',
    dragging || moved ? 'is-dragging' : '',
    critical?.critical ? 'is-critical' : '',
    w > LONG_BAR ? 'is-long' : '',
  ]
    .filter(Boolean)
    .join(' ');

  function onClick(event: MouseEvent) {
    const from = session.linkFrom.get();
    if (from) {
      session.linkFrom.set(null);
      if (from !== id) linkTo(ctx, from, id);
      return;
    }
    if (event.shiftKey || event.metaKey || event.ctrlKey) session.toggle(id);
    else session.select(id);
  }

  // beside the status icon, so it stays in view with a long bar's sticky title
  const riskIcon = riskMark && (
    <span className="risk-mark" data-testid="risk-mark" title={riskMark} aria-hidden="true" />
  );
  const unreadMark = unread > 0 && (
    <span className="unread-mark" data-testid="unread-mark" title={unreadText(unread)}>
      {unread}
    </span>
  );

  const avatar = owner && (
    <span className="avatar bar-owner" style={{ background: owner.color }} title={owner.name} aria-hidden="true">
      {initials(owner.name)}
    </span>
  );

  return (
    <button
      ref={drag.setNodeRef}
      type="button"
      className={className}
      data-testid="bar"
      data-item-id={id}
      data-status={item.status}
      data-kind={item.kind}
      data-critical={critical ? String(critical.critical) : undefined}
      data-slack={critical?.slack}
      aria-label={item.title}
      aria-pressed={selected}
      aria-description={riskMark ?? undefined}
      title={[barTooltip(item, owner, critical), ...baselineTooltip(item, baseline), riskMark]
        .filter(Boolean)
        .join('\n')}
      style={{
        left,
        top: rowTop(row),
        width: w,
        height: BAR_HEIGHT,
        ['--progress' as string]: milestone ? undefined : `${item.progress}%`,
        transform: moved ? `translate3d(${moved.x}px, ${vertical ? moved.y : 0}px, 0)` : undefined,
      }}
      {...(canEdit ? { ...pointerOnly(drag.attributes), ...drag.listeners } : {})}
      onMouseDown={(e) => {
        // Focus without the browser scrolling a long bar into view under the pointer.
        e.preventDefault();
        e.currentTarget.focus({ preventScroll: true });
      }}
      onClick={onClick}
      onPointerEnter={() => {
        setHover(true);
        session.hovered.set(id);
      }}
      onPointerLeave={() => {
        setHover(false);
        if (session.hovered.get() === id) session.hovered.set(null);
      }}
    >
      {milestone && <span className="diamond" aria-hidden="true" />}
      {BarMark && <BarMark itemId={id} />}
      {/* Edge handles and connector before the title: painted under a sticky title, they
          need no compositor layers of their own. */}
      {canEdit && !milestone && (
        <>
          <span className="handle handle-start" data-handle="start" data-testid="resize-handle" aria-hidden="true" />
          <span className="handle handle-end" data-handle="end" data-testid="resize-handle" aria-hidden="true" />
        </>
      )}
      {canEdit && (hover || selected) && (
        <span
          className="connector"
          data-testid="connector"
          title={translate('bar.connector')}
          aria-hidden="true"
          onPointerDown={(e) => startLinkDrag(ctx, e, id)}
          onClick={(e) => e.stopPropagation()}
        />
      )}
      <span className="bar-content">
        {!beside && (
          <span className="bar-icon">
            <StatusIcon status={item.status} />
          </span>
        )}
        {!beside && riskIcon}
        <span className="bar-label" style={beside ? { maxWidth: besideRoom(need, room, gap) } : undefined}>
          {beside && (
            <span className="bar-icon">
              <StatusIcon status={item.status} size={12} />
            </span>
          )}
          {beside && riskIcon}
          {item.title}
          {beside && avatar}
        </span>
        {!beside && avatar}
        {unreadMark}
      </span>
    </button>
  );
});
