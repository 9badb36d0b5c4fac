import type * as Y from 'yjs';
import { type IsoDate, isIsoDate, toDayNumber } from './dates.js';
import {
  checkRecord,
  collection,
  defineEntity,
  type Entry,
  getEntry,
  type RecordOf,
  readEntry,
  toPlain,
  transact,
} from './doc.js';
import { field, listOf, nullable, orderKey, ref, text } from './fields.js';
import { createItem, itemEntity } from './item.js';
import { milestoneIdFor } from './kickoffLinks.js';
import { addToKickoff, deleteFromKickoff, reorderInKickoff, updateInKickoff } from './kickoffList.js';
import { ValidationError } from './problems.js';
import { deleteRaciCells } from './raci.js';

export const deliverableEntity = defineEntity({
  collection: 'deliverables',
  kind: 'deliverable',
  fields: {
    kickoffId: field(ref('kickoff')),
    title: field(text({ min: 1, max: 200 })),
    /** The roadmap items that deliver it. */
    itemIds: field(listOf(ref('item'), 200), () => []),
    /** Its milestone on the roadmap. The link is kept here only: the milestone item holds nothing back. */
    milestoneId: field(nullable(ref('item')), null),
    order: field(orderKey, 'a0'),
  },
});

/** Something the project hands over: a RACI row, linked to the items that deliver it. */
export type Deliverable = RecordOf<typeof deliverableEntity>;

export function readDeliverable(id: string, entry: unknown) {
  return readEntry(deliverableEntity, id, entry);
}

export type DeliverableFields = Pick<Deliverable, 'title'> & Partial<Pick<Deliverable, 'itemIds' | 'milestoneId'>>;

function fail(id: string, field: string, reason: string): never {
  throw new ValidationError([{ collection: 'deliverables', id, field, reason }]);
}

function checkItems(doc: Y.Doc) {
  return (d: Deliverable) => {
    const items = collection(doc, 'items');
    if (d.itemIds.some((itemId) => !items.has(itemId))) fail(d.id, 'itemIds', 'has an item that does not exist');
    if (d.milestoneId && !items.has(d.milestoneId)) fail(d.id, 'milestoneId', 'points at an item that does not exist');
  };
}

export function addDeliverable(doc: Y.Doc, kickoffId: string, input: DeliverableFields, index?: number): string {
  return addToKickoff(doc, deliverableEntity, kickoffId, input, { index, check: checkItems(doc) });
}

/**
 * Edits a deliverable. Its milestone takes a new title along while the two titles were
 * the same (a milestone renamed on the roadmap keeps its own name). A milestone that
 * needs attention itself is left as it is rather than failing the edit.
 */
export function updateDeliverable(doc: Y.Doc, id: string, patch: Partial<DeliverableFields>): void {
  transact(doc, () => {
    const entry = getEntry(doc, deliverableEntity, id);
    const before = String(entry.get('title') ?? '');
    updateInKickoff(doc, deliverableEntity, id, patch, checkItems(doc));
    const milestoneId = String(entry.get('milestoneId'));
    const milestone = collection(doc, 'items').get(milestoneId);
    if (patch.title === undefined || !milestone || milestone.get('title') !== before) return;
    const renamed = { ...toPlain(milestone), title: patch.title };
    if (checkRecord(itemEntity, milestoneId, renamed).record) milestone.set('title', patch.title);
  });
}

export function reorderDeliverable(doc: Y.Doc, id: string, index: number): void {
  reorderInKickoff(doc, deliverableEntity, id, index);
}

/**
 * Deletes a deliverable and its RACI row. Its milestone stays on the roadmap (it is a
 * plan item people may rely on); only the link, which the deliverable held, goes.
 */
export function deleteDeliverable(doc: Y.Doc, id: string): void {
  transact(doc, () => {
    deleteRaciCells(doc, (cell) => cell.get('row') === id);
    deleteFromKickoff(doc, deliverableEntity, id);
  });
}

/** The latest end among the deliverable's items, else the project's end. */
function milestoneDay(doc: Y.Doc, deliverable: Entry, project: Entry): IsoDate | null {
  const items = collection(doc, 'items');
  const ids = deliverable.get('itemIds');
  const ends = (Array.isArray(ids) ? ids : [])
    .map((itemId) => items.get(String(itemId))?.get('end'))
    .filter(isIsoDate)
    .sort((a, b) => toDayNumber(a) - toDayNumber(b));
  const end = ends.at(-1) ?? project.get('end');
  return isIsoDate(end) ? end : null;
}

/**
 * Puts a deliverable's milestone on the roadmap, under the kickoff's project, in its lane,
 * on `date` (by default when the deliverable's last item ends), and links the two: one
 * transaction, one undo step. A deliverable whose milestone exists gets that one back,
 * and the milestone's id follows from the deliverable's, so two people doing it at once
 * make one milestone.
 */
export function createDeliverableMilestone(doc: Y.Doc, id: string, date?: IsoDate): string {
  const deliverable = getEntry(doc, deliverableEntity, id);
  const items = collection(doc, 'items');
  const linked = deliverable.get('milestoneId');
  if (typeof linked === 'string' && items.has(linked)) return linked;
  const projectId = String(
    collection(doc, 'kickoffs')
      .get(String(deliverable.get('kickoffId')))
      ?.get('itemId'),
  );
  const project = items.get(projectId);
  if (!project) fail(id, 'kickoffId', 'needs its kickoff and project before it can have a milestone');
  const day = date ?? milestoneDay(doc, deliverable, project);
  if (!day) fail(id, 'milestoneId', 'needs a date: its project has no valid end');
  const milestoneId = milestoneIdFor(id);
  transact(doc, () => {
    if (!items.has(milestoneId)) {
      const ownerId = project.get('ownerId');
      createItem(
        doc,
        {
          kind: 'milestone',
          title: String(deliverable.get('title') ?? 'Milestone'),
          start: day,
          end: day,
          parentId: projectId,
          laneId: (project.get('laneId') as string | null | undefined) ?? null,
          ownerId: typeof ownerId === 'string' && collection(doc, 'people').has(ownerId) ? ownerId : null,
        },
        milestoneId,
      );
    }
    deliverable.set('milestoneId', milestoneId);
  });
  return milestoneId;
}
