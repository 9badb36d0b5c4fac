import {
  type CollisionDetection,
  DndContext,
  type DragEndEvent,
  pointerWithin,
  useDraggable,
  useDroppable,
} from '@dnd-kit/core';
import {
  addScopeEntry,
  deleteScopeEntry,
  moveScopeEntry,
  type ScopeEntry,
  type ScopeSide,
  updateScopeEntry,
} from '@planroom/shared';
import { useState } from 'react';
import { edit } from '../core/edit';
import { useDragSensors } from '../ui/useDragSensors';
import { AddLine, MoveButtons, RemoveButton } from './AddLine';
import { CellInput } from './CellInput';
import { useKickoffBoard } from './KickoffContext';
import { Empty, Section } from './Section';
import { isNoMove, type ScopeTarget, scopeDropIndex } from './scopeDrop';
import type { OpenKickoff } from './useKickoff';

interface SideInfo {
  title: string;
  other: ScopeSide;
  move: string;
  arrow: string;
  placeholder: string;
}

const SIDES: Record<ScopeSide, SideInfo> = {
  in: {
    title: 'In scope',
    other: 'out',
    move: 'Move out of scope',
    arrow: '→',
    placeholder: 'Add what the project will do…',
  },
  out: {
    title: 'Out of scope',
    other: 'in',
    move: 'Move into scope',
    arrow: '←',
    placeholder: 'Add what it will not do…',
  },
};

/** An entry under the pointer wins over the list around it (dropping on a list means its end). */
const preferEntries: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  const entry = hits.find((hit) => String(hit.id).startsWith('before:'));
  return entry ? [entry] : hits;
};

function ScopeLine({ entry, index, count }: { entry: ScopeEntry; index: number; count: number }) {
  const ctx = useKickoffBoard();
  const { doc, canEdit } = ctx;
  const drag = useDraggable({ id: entry.id, disabled: !canEdit });
  const drop = useDroppable({ id: `before:${entry.id}`, data: { side: entry.side, beforeId: entry.id } });
  const side = SIDES[entry.side];
  const style = drag.transform
    ? { transform: `translate(${drag.transform.x}px, ${drag.transform.y}px)`, zIndex: 5 }
    : undefined;
  return (
    <li
      ref={drop.setNodeRef}
      className={`scope-line${drop.isOver ? ' is-drop-target' : ''}${drag.isDragging ? ' is-dragging' : ''}`}
      data-testid="scope-entry"
      data-id={entry.id}
      data-side={entry.side}
    >
      <div ref={drag.setNodeRef} style={style} className="scope-line-inner">
        {canEdit && (
          <span
            className="drag-handle"
            title="Drag to reorder, or to the other list"
            {...drag.listeners}
            {...drag.attributes}
            data-testid="scope-handle"
          >
            ⋮⋮
          </span>
        )}
        <CellInput
          label="Scope entry"
          value={entry.text}
          commit={(text) => updateScopeEntry(doc, entry.id, { text })}
        />
        {canEdit && (
          <span className="row-actions">
            <MoveButtons
              index={index}
              count={count}
              what="entry"
              move={(i) => moveScopeEntry(doc, entry.id, entry.side, i)}
            />
            <button
              type="button"
              className="icon-button small"
              title={`${side.move} (to the end of that list)`}
              aria-label={`${side.move}: “${entry.text}”`}
              onClick={() => edit(ctx, () => moveScopeEntry(doc, entry.id, side.other, Number.MAX_SAFE_INTEGER))}
            >
              {side.arrow}
            </button>
            <RemoveButton what={`“${entry.text}”`} onRemove={() => deleteScopeEntry(doc, entry.id)} />
          </span>
        )}
      </div>
    </li>
  );
}

function ScopeList(props: { kickoffId: string; side: ScopeSide; entries: ScopeEntry[]; dragging: boolean }) {
  const { kickoffId, side, entries, dragging } = props;
  const { doc } = useKickoffBoard();
  const info = SIDES[side];
  const end = useDroppable({ id: `end:${side}`, data: { side, beforeId: null } });
  return (
    <div
      className={`scope-list${end.isOver ? ' is-drop-target' : ''}`}
      ref={end.setNodeRef}
      data-testid={`scope-${side}`}
    >
      <h3>{info.title}</h3>
      {entries.length === 0 && !dragging && <Empty>Nothing yet.</Empty>}
      <ol>
        {entries.map((entry, i) => (
          <ScopeLine key={entry.id} entry={entry} index={i} count={entries.length} />
        ))}
      </ol>
      {dragging && <p className="scope-drop-end">Drop here to put it last</p>}
      <AddLine
        label={`New ${info.title.toLowerCase()} entry`}
        placeholder={info.placeholder}
        testId={`add-scope-${side}`}
        add={(text) => addScopeEntry(doc, kickoffId, { text, side })}
      />
    </div>
  );
}

export function ScopeSection({ open }: { open: OpenKickoff }) {
  const ctx = useKickoffBoard();
  const sensors = useDragSensors();
  const [dragging, setDragging] = useState(false);
  const { scopeIn, scopeOut } = open.view;
  const all = [...scopeIn, ...scopeOut];
  function onDragEnd(event: DragEndEvent) {
    setDragging(false);
    const target = event.over?.data.current as ScopeTarget | undefined;
    const id = String(event.active.id);
    if (!target || isNoMove(all, id, target)) return;
    edit(ctx, () => moveScopeEntry(ctx.doc, id, target.side, scopeDropIndex(all, id, target)));
  }
  return (
    <Section
      id="scope"
      title="Scope"
      hint={`What the project will and will not do.${ctx.canEdit ? ' Drag lines to reorder them or across to the other list.' : ''}`}
    >
      <DndContext
        sensors={sensors}
        collisionDetection={preferEntries}
        onDragStart={() => setDragging(true)}
        onDragCancel={() => setDragging(false)}
        onDragEnd={onDragEnd}
      >
        <div className="kickoff-two">
          <ScopeList kickoffId={open.view.kickoff.id} side="in" entries={scopeIn} dragging={dragging} />
          <ScopeList kickoffId={open.view.kickoff.id} side="out" entries={scopeOut} dragging={dragging} />
        </div>
      </DndContext>
    </Section>
  );
}
