import { ValidationError } from '@planroom/shared';
import type { BoardContextValue } from './BoardContext';

const FIELD_NAMES: Record<string, string> = {
  title: 'Title',
  kind: 'Kind',
  start: 'Start',
  end: 'End',
  status: 'Status',
  progress: 'Progress',
  laneId: 'Lane',
  parentId: 'Parent',
  ownerId: 'Owner',
  notes: 'Notes',
  order: 'Order',
  goalIds: 'Goals',
  type: 'Type',
  lagDays: 'Lag',
  color: 'Colour',
  description: 'Description',
  // kickoff records
  text: 'Text',
  measure: 'Measure',
  target: 'Target',
  date: 'Date',
  itemIds: 'Linked items',
  milestoneId: 'Milestone',
  name: 'Name',
  organisation: 'Organisation',
  role: 'Role',
  decision: 'Decision',
  decidedBy: 'Decided by',
  sponsor: 'Sponsor',
  budgetOwner: 'Budget owner',
  agenda: 'Agenda',
  unit: 'Unit',
  baseline: 'Baseline',
  dueDate: 'Due date',
  probability: 'Probability',
  impact: 'Impact',
  mitigation: 'Mitigation',
};

/** A ValidationError as a sentence a planner can act on ("End is before start 2026-03-02"). */
export function describeError(error: unknown): string {
  if (error instanceof ValidationError) {
    return error.problems
      .map((p) => {
        if (p.collection === 'deps' && (p.field === 'to' || p.field === 'from')) {
          return p.reason.startsWith('already has a link') ? 'they are already linked' : p.reason;
        }
        if (!p.field) return `This ${p.collection === 'lanes' ? 'lane' : 'record'} ${p.reason}`;
        return `${FIELD_NAMES[p.field] ?? p.field} ${p.reason}`;
      })
      .join('; ');
  }
  return error instanceof Error ? error.message : String(error);
}

/**
 * Runs one write from the UI. A refused write (the shared functions validate first and
 * write nothing) becomes a notice; each accepted write is its own undo step.
 */
export function edit(ctx: BoardContextValue, write: () => void, onError?: (message: string) => void): boolean {
  if (!ctx.canEdit) return false;
  try {
    ctx.undoManager?.stopCapturing();
    write();
    ctx.undoManager?.stopCapturing();
    return true;
  } catch (error) {
    const message = describeError(error);
    if (onError) onError(message);
    else ctx.session.notify(message);
    return false;
  }
}

export function undo(ctx: BoardContextValue): void {
  if (ctx.canEdit) ctx.undoManager?.undo();
}

export function redo(ctx: BoardContextValue): void {
  if (ctx.canEdit) ctx.undoManager?.redo();
}
