import type { DragEndEvent, DragStartEvent, Modifier } from '@dnd-kit/core';
import { useState } from 'react';
import { useDragSensors } from '../ui/useDragSensors';
import { moveToTeam, reassign } from './actions';
import type { ResourcesContextValue } from './ResourcesContext';

/** What a drag carries: an assignment's bar, or a person (by their handle). */
export type ResourceDrag =
  | { type: 'assignment'; assignmentId: string; personId: string | null }
  | { type: 'person'; personId: string; teamId: string | null };

/** What a row offers to drop on. */
export type ResourceDrop =
  | { type: 'person'; personId: string; teamId: string | null }
  | { type: 'team'; teamId: string | null }
  | { type: 'unstaffed' }
  | { type: 'role'; role: string };

const isDrag = (v: unknown): v is ResourceDrag =>
  typeof v === 'object' && v !== null && ['assignment', 'person'].includes((v as { type?: string }).type ?? '');
const isDrop = (v: unknown): v is ResourceDrop =>
  typeof v === 'object' &&
  v !== null &&
  ['person', 'team', 'unstaffed', 'role'].includes((v as { type?: string }).type ?? '');

/** Reassigning keeps an item's dates: drags only move up and down. */
const vertical: Modifier = ({ transform }) => ({ ...transform, x: 0 });
export const RESOURCE_MODIFIERS = [vertical];

/**
 * Dropping writes once, through shared's write functions: a bar on a person gives them
 * the assignment, on Unstaffed (or a role row) releases it as role demand; a person on
 * another team's lane joins that team. One transaction, one undo step, live for everyone.
 */
export function applyDrop(ctx: ResourcesContextValue, drag: ResourceDrag, drop: ResourceDrop): boolean {
  if (drag.type === 'assignment') {
    if (drop.type === 'person') return reassign(ctx, drag.assignmentId, { personId: drop.personId });
    if (drop.type === 'role') return reassign(ctx, drag.assignmentId, { role: drop.role });
    if (drop.type === 'unstaffed') return reassign(ctx, drag.assignmentId, { role: null });
    return false;
  }
  if (drop.type === 'person' || drop.type === 'team') return moveToTeam(ctx, drag.personId, drop.teamId);
  return false;
}

export function useResourceDnd(ctx: ResourcesContextValue) {
  const sensors = useDragSensors();
  const [active, setActive] = useState<ResourceDrag | null>(null);
  return {
    sensors,
    active,
    onDragStart(event: DragStartEvent) {
      const data = event.active.data.current;
      setActive(isDrag(data) ? data : null);
    },
    onDragEnd(event: DragEndEvent) {
      setActive(null);
      const drag = event.active.data.current;
      const drop = event.over?.data.current;
      if (isDrag(drag) && isDrop(drop)) applyDrop(ctx, drag, drop);
    },
    onDragCancel() {
      setActive(null);
    },
  };
}
