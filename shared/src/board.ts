import type * as Y from 'yjs';
import { type Assignment, assignmentEntity } from './assignment.js';
import { type Dependency, depEntity } from './dependency.js';
import { type CollectionName, collection, type Entity, type RecordOf, readEntry } from './doc.js';
import type { Fields } from './fields.js';
import { type Goal, goalEntity } from './goal.js';
import { aKind } from './ids.js';
import { type Item, itemEntity } from './item.js';
import { type Lane, laneEntity } from './lane.js';
import { type Meta, readMeta } from './meta.js';
import { sortByOrder } from './order.js';
import { type Person, personEntity, withExistingTeam } from './person.js';
import type { Problem } from './problems.js';
import { type Team, teamEntity } from './team.js';

export const ENTITIES: Record<CollectionName, Entity> = {
  items: itemEntity,
  lanes: laneEntity,
  deps: depEntity,
  people: personEntity,
  teams: teamEntity,
  goals: goalEntity,
  assignments: assignmentEntity,
};

/** Everything a view needs, read leniently: bad records are in `problems`, not in views. */
export interface BoardSnapshot {
  meta: Meta;
  items: Map<string, Item>;
  lanes: Lane[];
  deps: Dependency[];
  people: Person[];
  teams: Team[];
  goals: Goal[];
  assignments: Assignment[];
  problems: Problem[];
}

/**
 * Records set aside while reading, each with the id of the record at the root of its
 * trouble (itself when its own fields are bad). A record that only points at a set-aside
 * one is reported as depending on that root, so one bad date is one problem, not a
 * cascade of "does not exist" for every child, link and assignment under it.
 */
type SetAside = Map<string, string>;

function readAll<F extends Fields>(
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

/** Drops records whose reference points nowhere, or at a record set aside, reporting each. */
function dropDangling<T extends { id: string }>(
  records: Map<string, T>,
  collectionName: string,
  field: keyof T & string,
  targets: ReadonlyMap<string, unknown>,
  what: string,
  problems: Problem[],
  aside: SetAside,
): void {
  for (const [id, r] of records) {
    const ref = r[field];
    if (ref === null || typeof ref !== 'string' || targets.has(ref)) continue;
    records.delete(id);
    const cause = aside.get(ref);
    if (cause === undefined) {
      aside.set(id, id);
      problems.push({ collection: collectionName, id, field, reason: `points at ${aKind(what)} that does not exist` });
    } else {
      aside.set(id, cause);
      problems.push({
        collection: collectionName,
        id,
        field,
        reason: `waits on ${cause}, which needs attention`,
        cause,
      });
    }
  }
}

/**
 * Drops items whose parent chain loops (two offline edits can merge into one), then,
 * until none is left, items whose parent was dropped: a view that follows `parentId`
 * from any item in the snapshot always finds its parent there.
 */
function dropBadParents(items: Map<string, Item>, problems: Problem[], aside: SetAside): void {
  const looped: string[] = [];
  for (const [id, item] of items) {
    const seen = new Set<string>();
    for (let p = item.parentId; p && !seen.has(p); p = items.get(p)?.parentId ?? null) {
      if (p === id) {
        looped.push(id);
        break;
      }
      seen.add(p);
    }
  }
  for (const id of looped) {
    items.delete(id);
    aside.set(id, id);
    problems.push({ collection: 'items', id, field: 'parentId', reason: 'makes a loop of parents' });
  }
  for (let before = -1; before !== items.size; ) {
    before = items.size;
    dropDangling(items, 'items', 'parentId', items, 'item', problems, aside);
  }
}

/**
 * Two people linking the same pair at the same moment leave two links: the one with the
 * smaller id counts, the other is listed to be deleted.
 */
function dropDuplicateLinks(deps: Map<string, Dependency>, problems: Problem[]): void {
  const kept = new Map<string, string>();
  for (const id of [...deps.keys()].sort()) {
    const dep = deps.get(id) as Dependency;
    const pair = `${dep.from}>${dep.to}`;
    const first = kept.get(pair);
    if (first === undefined) {
      kept.set(pair, id);
      continue;
    }
    deps.delete(id);
    problems.push({ collection: 'deps', id, field: 'to', reason: `repeats link ${first} between the same items` });
  }
}

/** Root causes first, then what depends on them, so a list reads from the fix outwards. */
function rootsFirst(problems: Problem[]): Problem[] {
  return [...problems.filter((p) => p.cause === undefined), ...problems.filter((p) => p.cause !== undefined)];
}

export function readBoard(doc: Y.Doc): BoardSnapshot {
  const { meta, problems } = readMeta(doc);
  const aside: SetAside = new Map();
  const lanes = readAll(doc, laneEntity, problems, aside);
  const teams = readAll(doc, teamEntity, problems, aside);
  const people = readAll(doc, personEntity, problems, aside);
  // A team deleted while someone moved a person into it: the person simply has no team.
  for (const [id, p] of people) people.set(id, withExistingTeam(p, teams));
  const items = readAll(doc, itemEntity, problems, aside);
  dropDangling(items, 'items', 'laneId', lanes, 'lane', problems, aside);
  dropDangling(items, 'items', 'ownerId', people, 'person', problems, aside);
  dropBadParents(items, problems, aside);
  const deps = readAll(doc, depEntity, problems, aside);
  dropDangling(deps, 'deps', 'from', items, 'item', problems, aside);
  dropDangling(deps, 'deps', 'to', items, 'item', problems, aside);
  dropDuplicateLinks(deps, problems);
  const assignments = readAll(doc, assignmentEntity, problems, aside);
  dropDangling(assignments, 'assignments', 'itemId', items, 'item', problems, aside);
  dropDangling(assignments, 'assignments', 'personId', people, 'person', problems, aside);
  const goals = readAll(doc, goalEntity, problems, aside);
  return {
    meta,
    items,
    lanes: sortByOrder(lanes.values()),
    deps: [...deps.values()],
    people: [...people.values()],
    teams: sortByOrder(teams.values()),
    goals: sortByOrder(goals.values()),
    assignments: [...assignments.values()],
    problems: rootsFirst(problems),
  };
}
