import type * as Y from 'yjs';
import { type CollectionName, collection, type Entry, KICKOFF_COLLECTIONS } from './doc.js';
import { idBody } from './ids.js';

/**
 * How kickoff records hang off the rest of the board, and what happens to them when an
 * item or a person goes. Only collection names are used here, so item.ts and person.ts
 * can call it without importing the kickoff entities (which import them).
 */

/** Item kinds that can have a kickoff. */
export const KICKOFF_ITEM_KINDS: readonly string[] = ['project', 'program'];

/**
 * A kickoff's id follows from its item's: two people opening the kickoff of one project
 * at the same moment write the same record, and what each adds to it lands in one kickoff.
 */
export function kickoffIdFor(itemId: string): string {
  return `kickoff:${idBody(itemId)}`;
}

/** The milestone a deliverable puts on the roadmap has an id that follows from it, for the same reason. */
export function milestoneIdFor(deliverableId: string): string {
  return `item:${idBody(deliverableId)}`;
}

export { KICKOFF_COLLECTIONS };

/** Collections whose records belong to one kickoff through `kickoffId` and go with it. */
export const KICKOFF_PARTS = KICKOFF_COLLECTIONS.filter(
  (name): name is Exclude<(typeof KICKOFF_COLLECTIONS)[number], 'kickoffs'> => name !== 'kickoffs',
);

function deleteWhere(doc: Y.Doc, name: CollectionName, doomed: (entry: Entry) => boolean): void {
  const records = collection(doc, name);
  for (const [id, entry] of [...records.entries()]) if (doomed(entry)) records.delete(id);
}

/** Deletes kickoffs and every record that belongs to them. Call inside a transaction. */
export function deleteKickoffRecords(doc: Y.Doc, kickoffIds: ReadonlySet<string>): void {
  if (!kickoffIds.size) return;
  for (const name of KICKOFF_PARTS) deleteWhere(doc, name, (e) => kickoffIds.has(e.get('kickoffId') as string));
  for (const id of kickoffIds) collection(doc, 'kickoffs').delete(id);
}

function withoutIds(entry: Entry, field: string, doomed: ReadonlySet<string>): void {
  const ids = entry.get(field);
  if (Array.isArray(ids) && ids.some((id) => doomed.has(id)))
    entry.set(
      field,
      ids.filter((id) => !doomed.has(id)),
    );
}

/**
 * What deleting items does to kickoff records (inside deleteItems' transaction): the
 * kickoff of a deleted item goes with everything in it (one undo step brings it all
 * back); deliverables, KPIs and risks elsewhere only lose their link to the item.
 */
export function forgetItems(doc: Y.Doc, doomed: ReadonlySet<string>): void {
  const kickoffs = new Set<string>();
  collection(doc, 'kickoffs').forEach((k, id) => {
    if (doomed.has(k.get('itemId') as string)) kickoffs.add(id);
  });
  deleteKickoffRecords(doc, kickoffs);
  collection(doc, 'deliverables').forEach((d) => {
    withoutIds(d, 'itemIds', doomed);
    if (doomed.has(d.get('milestoneId') as string)) d.set('milestoneId', null);
  });
  collection(doc, 'kpis').forEach((k) => {
    if (doomed.has(k.get('itemId') as string)) k.set('itemId', null);
  });
  collection(doc, 'risks').forEach((r) => {
    withoutIds(r, 'itemIds', doomed);
  });
}

function asOutsideName(entry: Entry, field: string, personId: string, name: string): void {
  const value = entry.get(field) as { personId?: unknown } | null | undefined;
  if (value && typeof value === 'object' && value.personId === personId) entry.set(field, { name });
}

/**
 * What deleting a person does to kickoff records (inside deletePerson's transaction).
 * Where a kickoff names them (sponsor, budget owner, decided by, stakeholder) they stay
 * named as someone outside the board, so the record of who it was is not lost; their
 * RACI cells go (the rules then show the rows left without an A or R); KPIs and risks
 * they owned have no owner, as their items do.
 */
export function forgetPerson(doc: Y.Doc, personId: string, person: { name: string; role: string }): void {
  const name = person.name || 'Former member';
  collection(doc, 'kickoffs').forEach((k) => {
    asOutsideName(k, 'sponsor', personId, name);
    asOutsideName(k, 'budgetOwner', personId, name);
  });
  collection(doc, 'decisions').forEach((d) => {
    asOutsideName(d, 'decidedBy', personId, name);
  });
  collection(doc, 'stakeholders').forEach((s) => {
    if (s.get('personId') !== personId) return;
    s.set('personId', null);
    if (!String(s.get('name') ?? '').trim()) s.set('name', name);
    if (!String(s.get('role') ?? '').trim() && person.role) s.set('role', person.role);
  });
  deleteWhere(doc, 'raci', (c) => c.get('column') === personId);
  for (const owned of ['kpis', 'risks'] as const) {
    collection(doc, owned).forEach((r) => {
      if (r.get('ownerId') === personId) r.set('ownerId', null);
    });
  }
}
