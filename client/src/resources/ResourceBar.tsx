import { useDraggable } from '@dnd-kit/core';
import type { Assignment, Person } from '@planroom/shared';
import { memo } from 'react';
import { useIsSelected, useItem } from '../core/useYjs';
import { BAR_HEIGHT } from '../timeline/bars';
import { StatusIcon } from '../ui/icons';
import { openItem } from './actions';
import { useResourceBoard } from './ResourcesContext';
import { barTop, type ResourceBox } from './resourceLayout';
import { amountShort, amountText, roleName } from './resourceText';
import type { ResourceDrag } from './useResourceDnd';

interface Props {
  assignment: Assignment;
  person: Person | undefined;
  box: ResourceBox;
}

/** Bars wider than this keep their title in view while they start left of it (as on the roadmap). */
const LONG_BAR = 480;

/**
 * One assignment: its item's dates on the shared time scale, the item's status colours,
 * the hours it asks for. Editors drag it to another person (or to Unstaffed) to
 * reassign it; a click opens the item, where its assignments are edited.
 */
export const ResourceBar = memo(function ResourceBar({ assignment: a, person, box }: Props) {
  const ctx = useResourceBoard();
  const item = useItem(a.itemId);
  const selected = useIsSelected(a.itemId);
  const data: ResourceDrag = { type: 'assignment', assignmentId: a.id, personId: a.personId };
  const drag = useDraggable({ id: `asg:${a.id}`, data, disabled: !ctx.canEdit });
  if (!item) return null;

  const milestone = item.kind === 'milestone';
  const who = a.personId === null ? `Needs a ${roleName(a.role)}` : (person?.name ?? '');
  const label = a.personId === null ? `${roleName(a.role)} · ${item.title}` : item.title;
  const className = [
    'bar',
    'rbar',
    `kind-${item.kind}`,
    `status-${item.status}`,
    box.labelOutside ? 'label-outside' : '',
    selected ? 'is-selected' : '',
    drag.isDragging ? 'is-dragging' : '',
    a.personId === null ? 'is-unstaffed' : '',
    box.width > LONG_BAR ? 'is-long' : '',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <button
      ref={drag.setNodeRef}
      type="button"
      className={className}
      data-testid="assignment-bar"
      data-assignment-id={a.id}
      data-item-id={a.itemId}
      data-person-id={a.personId ?? ''}
      data-role={a.role}
      aria-label={label}
      aria-pressed={selected}
      title={`${label}\n${who}: ${amountText(a, person)}\n${item.start} → ${item.end}${ctx.canEdit ? '\nDrag to another person to reassign' : ''}`}
      style={{
        left: box.x,
        top: barTop(box.row),
        width: box.width,
        height: BAR_HEIGHT,
        transform: drag.transform ? `translate3d(0, ${drag.transform.y}px, 0)` : undefined,
      }}
      {...(ctx.canEdit ? { 'aria-roledescription': drag.attributes['aria-roledescription'], ...drag.listeners } : {})}
      onMouseDown={(e) => {
        // Focus without the browser scrolling a long bar into view under the pointer.
        e.preventDefault();
        e.currentTarget.focus({ preventScroll: true });
      }}
      onClick={() => openItem(ctx, a.itemId)}
    >
      {milestone && <span className="diamond" aria-hidden="true" />}
      <span className="bar-content">
        {!box.labelOutside && (
          <span className="bar-icon">
            <StatusIcon status={item.status} />
          </span>
        )}
        <span className="bar-label">
          {label}
          <span className="rbar-amount">{amountShort(a)}</span>
        </span>
      </span>
    </button>
  );
});
