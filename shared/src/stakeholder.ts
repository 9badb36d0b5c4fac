import type * as Y from 'yjs';
import { collection, defineEntity, type RecordOf, readEntry, toPlain, transact } from './doc.js';
import { field, nullable, orderKey, ref, text } from './fields.js';
import { addToKickoff, deleteFromKickoff, reorderInKickoff, updateInKickoff } from './kickoffList.js';
import { personEntity } from './person.js';
import { deleteRaciCells, renameRaciColumn } from './raci.js';
import { requireRef } from './records.js';

export const stakeholderEntity = defineEntity({
  collection: 'stakeholders',
  kind: 'stakeholder',
  fields: {
    kickoffId: field(ref('kickoff')),
    /** Someone on the board; when set, it wins over `name`. */
    personId: field(nullable(ref('person')), null),
    /** Someone outside the board, or a group ("Works council"). */
    name: field(text({ max: 120 }), ''),
    organisation: field(text({ max: 120 }), ''),
    role: field(text({ max: 120 }), ''),
    order: field(orderKey, 'a0'),
  },
  refine: (s) =>
    s.personId === null && !s.name.trim()
      ? [{ field: 'name', reason: 'is needed for someone who is not on the board' }]
      : [],
});

/** Someone with a stake in the project: a column of its RACI matrix. */
export type Stakeholder = RecordOf<typeof stakeholderEntity>;

export function readStakeholder(id: string, entry: unknown) {
  return readEntry(stakeholderEntity, id, entry);
}

/**
 * The RACI column a stakeholder gives: a person on the board by their id, anyone else by
 * their role (people sharing a role share its column), or by name when they have none.
 */
export function stakeholderColumn(s: Pick<Stakeholder, 'personId' | 'name' | 'role'>): string {
  return s.personId ?? (s.role.trim() || s.name.trim());
}

export type StakeholderFields = Partial<Pick<Stakeholder, 'personId' | 'name' | 'organisation' | 'role'>>;

function checkPerson(doc: Y.Doc) {
  return (s: Stakeholder) => requireRef(doc, stakeholderEntity, s.id, 'personId', personEntity, s.personId);
}

export function addStakeholder(doc: Y.Doc, kickoffId: string, input: StakeholderFields, index?: number): string {
  return addToKickoff(doc, stakeholderEntity, kickoffId, input, { index, check: checkPerson(doc) });
}

/** Columns the kickoff's other stakeholders give, so a shared role column is not moved. */
function otherColumns(doc: Y.Doc, kickoffId: string, except: string): Set<string> {
  const out = new Set<string>();
  collection(doc, 'stakeholders').forEach((entry, id) => {
    if (id === except || entry.get('kickoffId') !== kickoffId) return;
    const { personId, name, role } = toPlain(entry);
    out.add(
      stakeholderColumn({ personId: (personId as string) ?? null, name: `${name ?? ''}`, role: `${role ?? ''}` }),
    );
  });
  return out;
}

/**
 * Edits a stakeholder. When that changes the RACI column they give (a new role, another
 * person), their cells move with them, in the same undo step.
 */
export function updateStakeholder(doc: Y.Doc, id: string, patch: StakeholderFields): void {
  transact(doc, () => {
    const entry = collection(doc, 'stakeholders').get(id);
    const before = entry ? readStakeholder(id, entry).record : null;
    updateInKickoff(doc, stakeholderEntity, id, patch, checkPerson(doc));
    const after = readStakeholder(id, collection(doc, 'stakeholders').get(id)).record;
    if (!before || !after) return;
    const from = stakeholderColumn(before);
    if (!otherColumns(doc, after.kickoffId, id).has(from))
      renameRaciColumn(doc, after.kickoffId, from, stakeholderColumn(after));
  });
}

export function reorderStakeholder(doc: Y.Doc, id: string, index: number): void {
  reorderInKickoff(doc, stakeholderEntity, id, index);
}

/**
 * Deletes a stakeholder with their RACI column, unless another stakeholder gives the same
 * column (a shared role). The rules then show rows left without an A or R.
 */
export function deleteStakeholder(doc: Y.Doc, id: string): void {
  transact(doc, () => {
    const s = readStakeholder(id, collection(doc, 'stakeholders').get(id)).record;
    if (s && !otherColumns(doc, s.kickoffId, id).has(stakeholderColumn(s))) {
      const column = stakeholderColumn(s);
      deleteRaciCells(doc, (cell) => cell.get('kickoffId') === s.kickoffId && cell.get('column') === column);
    }
    deleteFromKickoff(doc, stakeholderEntity, id);
  });
}
