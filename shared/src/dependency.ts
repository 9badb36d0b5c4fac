import type * as Y from 'yjs';
import { collection, defineEntity, type RecordOf, readEntry, transact } from './doc.js';
import { field, num, oneOf, ref } from './fields.js';
import { itemEntity } from './item.js';
import { ValidationError } from './problems.js';
import { createRecord, requireRef, updateRecord } from './records.js';
import { wouldCreateCycle } from './schedule.js';

export const DEP_TYPES = ['FS', 'SS', 'FF', 'SF'] as const;
export type DepType = (typeof DEP_TYPES)[number];

export const depEntity = defineEntity({
  collection: 'deps',
  kind: 'dep',
  fields: {
    from: field(ref('item')),
    to: field(ref('item')),
    type: field(oneOf(DEP_TYPES), 'FS'),
    lagDays: field(num({ min: -3650, max: 3650, integer: true }), 0),
  },
  refine: (r) => (r.from === r.to ? [{ field: 'to', reason: 'must be a different item than from' }] : []),
});

/** `to` depends on `from`: with FS, `to` starts after `from` ends (plus lag). */
export type Dependency = RecordOf<typeof depEntity>;

export function readDependency(id: string, entry: unknown) {
  return readEntry(depEntity, id, entry);
}

function checkEnds(doc: Y.Doc) {
  return (dep: Dependency) => {
    requireRef(doc, depEntity, dep.id, 'from', itemEntity, dep.from);
    requireRef(doc, depEntity, dep.id, 'to', itemEntity, dep.to);
    const others: Array<{ from: string; to: string }> = [];
    collection(doc, 'deps').forEach((other, otherId) => {
      if (otherId === dep.id) return;
      const from = String(other.get('from'));
      const to = String(other.get('to'));
      if (from === dep.from && to === dep.to) {
        throw new ValidationError([
          { collection: 'deps', id: dep.id, field: 'to', reason: 'already has a link between these items' },
        ]);
      }
      others.push({ from, to });
    });
    if (wouldCreateCycle(others, dep.from, dep.to)) {
      const title = (id: string) => String(collection(doc, 'items').get(id)?.get('title') ?? id);
      throw new ValidationError([
        {
          collection: 'deps',
          id: dep.id,
          field: 'to',
          reason: `would make a loop: ${title(dep.to)} already leads to ${title(dep.from)}`,
        },
      ]);
    }
  };
}

export function linkItems(doc: Y.Doc, input: { from: string; to: string; type?: DepType; lagDays?: number }): string {
  return createRecord(doc, depEntity, { type: 'FS', lagDays: 0, ...input }, checkEnds(doc));
}

export function updateDependency(doc: Y.Doc, id: string, patch: Partial<Pick<Dependency, 'type' | 'lagDays'>>): void {
  updateRecord(doc, depEntity, id, patch);
}

export function unlink(doc: Y.Doc, id: string): void {
  transact(doc, () => collection(doc, 'deps').delete(id));
}
