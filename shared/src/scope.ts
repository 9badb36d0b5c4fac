import type * as Y from 'yjs';
import { collection, defineEntity, type Entry, type RecordOf, readEntry } from './doc.js';
import { field, oneOf, orderKey, ref, text } from './fields.js';
import { addToKickoff, deleteFromKickoff, reorderInKickoff, updateInKickoff } from './kickoffList.js';

export const SCOPE_SIDES = ['in', 'out'] as const;
export type ScopeSide = (typeof SCOPE_SIDES)[number];

export const scopeEntity = defineEntity({
  collection: 'scope',
  kind: 'scope',
  fields: {
    kickoffId: field(ref('kickoff')),
    text: field(text({ min: 1, max: 500 })),
    side: field(oneOf(SCOPE_SIDES), 'in'),
    /** Place among the entries on the same side. */
    order: field(orderKey, 'a0'),
  },
});

/** One line of what the project will do (in scope) or will not (out of scope). */
export type ScopeEntry = RecordOf<typeof scopeEntity>;

export function readScopeEntry(id: string, entry: unknown) {
  return readEntry(scopeEntity, id, entry);
}

const onSide = (side: ScopeSide) => (entry: Entry) => (entry.get('side') ?? 'in') === side;

export function addScopeEntry(
  doc: Y.Doc,
  kickoffId: string,
  input: { text: string; side?: ScopeSide },
  index?: number,
): string {
  const side = input.side ?? 'in';
  return addToKickoff(doc, scopeEntity, kickoffId, { ...input, side }, { index, group: onSide(side) });
}

export function updateScopeEntry(doc: Y.Doc, id: string, patch: { text: string }): void {
  updateInKickoff(doc, scopeEntity, id, patch);
}

/**
 * Moves an entry to `index` on a side: within its side (a reorder), or across (a drag
 * from in scope to out of scope). Side and place are written together, one undo step.
 */
export function moveScopeEntry(doc: Y.Doc, id: string, side: ScopeSide, index: number): void {
  reorderInKickoff(doc, scopeEntity, id, index, onSide(side), { side });
}

/** Moves an entry to `index` on its own side. */
export function reorderScopeEntry(doc: Y.Doc, id: string, index: number): void {
  const side = collection(doc, 'scope').get(id)?.get('side') === 'out' ? 'out' : 'in';
  moveScopeEntry(doc, id, side, index);
}

export function deleteScopeEntry(doc: Y.Doc, id: string): void {
  deleteFromKickoff(doc, scopeEntity, id);
}
