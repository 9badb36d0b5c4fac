import type * as Y from 'yjs';
import { collection, type Entity, type RecordOf, readEntry } from './doc.js';
import type { Fields } from './fields.js';
import { aKind } from './ids.js';
import type { Problem } from './problems.js';

/**
 * Records set aside while reading, each with the id of the record at the root of its
 * trouble (itself when its own fields are bad). A record that only points at a set-aside
 * one is reported as depending on that root, so one bad date is one problem, not a
 * cascade of "does not exist" for every child, link and assignment under it.
 */
export type SetAside = Map<string, string>;

/** What a reference can point at: a map of records, a set of ids, or a rule. */
export interface Targets {
  has(id: string): boolean;
}

export function readAll<F extends Fields>(
  doc: Y.Doc,
  entity: Entity<F>,
  problems: Problem[],
  aside: SetAside,
): Map<string, RecordOf<Entity<F>>> {
  const out = new Map<string, RecordOf<Entity<F>>>();
  collection(doc, entity.collection).forEach((entry, id) => {
    const { record, problems: p } = readEntry(entity, id, entry);
    if (record) out.set(id, record);
    else {
      problems.push(...p);
      aside.set(id, id);
    }
  });
  return out;
}

/** Sets one record aside for a reason of its own: it is the root of its trouble. */
export function setAside(records: Map<string, unknown>, problem: Problem, problems: Problem[], aside: SetAside): void {
  records.delete(problem.id);
  aside.set(problem.id, problem.id);
  problems.push(problem);
}

/** Sets a record aside for pointing at `ref`, naming the root cause when `ref` was set aside. */
function dangling(
  records: Map<string, unknown>,
  at: { collection: string; id: string; field: string },
  ref: string,
  what: string,
  problems: Problem[],
  aside: SetAside,
): void {
  const cause = aside.get(ref);
  if (cause === undefined) {
    setAside(records, { ...at, reason: `points at ${aKind(what)} that does not exist` }, problems, aside);
    return;
  }
  records.delete(at.id);
  aside.set(at.id, cause);
  problems.push({ ...at, reason: `waits on ${cause}, which needs attention`, cause });
}

/**
 * Drops records whose reference (one id, or a list of ids) points nowhere, or at a record
 * set aside, reporting each. In a list the first missing reference is reported, a
 * set-aside one first, so the root cause is named when there is one.
 */
export function dropDangling<T extends { id: string }>(
  records: Map<string, T>,
  collectionName: string,
  field: keyof T & string,
  targets: Targets,
  what: string,
  problems: Problem[],
  aside: SetAside,
): void {
  for (const [id, r] of records) {
    const value: unknown = r[field];
    const refs = Array.isArray(value) ? value : [value];
    const missing = refs.filter((ref): ref is string => typeof ref === 'string' && !targets.has(ref));
    const ref = missing.find((m) => aside.has(m)) ?? missing[0];
    if (ref !== undefined) dangling(records, { collection: collectionName, id, field }, ref, what, problems, aside);
  }
}

/** Root causes first, then what depends on them, so a list reads from the fix outwards. */
export function rootsFirst(problems: Problem[]): Problem[] {
  return [...problems.filter((p) => p.cause === undefined), ...problems.filter((p) => p.cause !== undefined)];
}
