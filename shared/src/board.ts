import type * as Y from 'yjs';
import { activityEntity } from './activity.js';
import { type Assignment, assignmentEntity } from './assignment.js';
import { baselineEntity } from './baseline.js';
import { type Comment, commentEntity } from './comment.js';
import { readComments } from './commentThreads.js';
import { decisionEntity } from './decision.js';
import { deliverableEntity } from './deliverable.js';
import { type Dependency, depEntity } from './dependency.js';
import type { CollectionName, Entity } from './doc.js';
import { type Goal, goalEntity } from './goal.js';
import { type Item, itemEntity } from './item.js';
import { kickoffEntity } from './kickoff.js';
import { type KickoffRecords, readKickoffRecords } from './kickoffRead.js';
import { kpiEntity } from './kpi.js';
import { type Lane, laneEntity } from './lane.js';
import { type Meta, readMeta } from './meta.js';
import { objectiveEntity } from './objective.js';
import { sortByOrder } from './order.js';
import { type Person, personEntity, withExistingTeam } from './person.js';
import type { Problem } from './problems.js';
import { raciEntity } from './raci.js';
import { dropDangling, readAll, rootsFirst, type SetAside } from './reading.js';
import { riskEntity } from './risk.js';
import { scopeEntity } from './scope.js';
import { stakeholderEntity } from './stakeholder.js';
import { type Team, teamEntity } from './team.js';

export const ENTITIES: Record<CollectionName, Entity> = {
  items: itemEntity,
  lanes: laneEntity,
  deps: depEntity,
  people: personEntity,
  teams: teamEntity,
  goals: goalEntity,
  assignments: assignmentEntity,
  kickoffs: kickoffEntity,
  objectives: objectiveEntity,
  scope: scopeEntity,
  deliverables: deliverableEntity,
  activities: activityEntity,
  stakeholders: stakeholderEntity,
  decisions: decisionEntity,
  raci: raciEntity,
  kpis: kpiEntity,
  risks: riskEntity,
  comments: commentEntity,
  baselines: baselineEntity,
};

/**
 * The roadmap and capacity part of a board, read leniently: bad records are in
 * `problems`, not in views. Views that build one from their own caches fill only this.
 */
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

/** The whole board as `readBoard` reads it: the roadmap and capacity part, and kickoffs. */
export interface FullBoardSnapshot extends BoardSnapshot, KickoffRecords {
  /** Comments on items, oldest first (commentThreads.ts groups them). */
  comments: Comment[];
}

export function readBoard(doc: Y.Doc): FullBoardSnapshot {
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
  const kickoffRecords = readKickoffRecords({ doc, items, people, problems, aside });
  const comments = readComments({ doc, items, people, problems, aside });
  return {
    ...kickoffRecords,
    comments,
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
