import type * as Y from 'yjs';
import { activityEntity, type RaciActivity } from './activity.js';
import { compareDecisions, type Decision, decisionEntity } from './decision.js';
import { type Deliverable, deliverableEntity } from './deliverable.js';
import type { Entity, RecordOf } from './doc.js';
import type { Fields } from './fields.js';
import { isIdOf } from './ids.js';
import type { Item } from './item.js';
import { type Kickoff, kickoffEntity } from './kickoff.js';
import { KICKOFF_ITEM_KINDS, kickoffIdFor } from './kickoffLinks.js';
import { type Kpi, kpiEntity } from './kpi.js';
import { type Objective, objectiveEntity } from './objective.js';
import { sortByOrder } from './order.js';
import { withExistingPerson } from './party.js';
import type { Person } from './person.js';
import type { Problem } from './problems.js';
import { type RaciCell, raciCellId, raciEntity } from './raci.js';
import { dropDangling, readAll, type SetAside, setAside } from './reading.js';
import { type Risk, riskEntity } from './risk.js';
import { type ScopeEntry, scopeEntity } from './scope.js';
import { type Stakeholder, stakeholderEntity } from './stakeholder.js';

/** The kickoff records of a board, read leniently like the rest (board.ts). */
export interface KickoffRecords {
  kickoffs: Map<string, Kickoff>;
  objectives: Objective[];
  scope: ScopeEntry[];
  deliverables: Deliverable[];
  activities: RaciActivity[];
  stakeholders: Stakeholder[];
  decisions: Decision[];
  raci: RaciCell[];
  kpis: Kpi[];
  risks: Risk[];
}

interface Context {
  doc: Y.Doc;
  items: ReadonlyMap<string, Item>;
  people: ReadonlyMap<string, Person>;
  problems: Problem[];
  aside: SetAside;
}

function readKickoffs(c: Context): Map<string, Kickoff> {
  const kickoffs = readAll(c.doc, kickoffEntity, c.problems, c.aside);
  dropDangling(kickoffs, 'kickoffs', 'itemId', c.items, 'item', c.problems, c.aside);
  for (const [id, k] of kickoffs) {
    const expected = kickoffIdFor(k.itemId);
    const kind = c.items.get(k.itemId)?.kind ?? 'project';
    const at = { collection: 'kickoffs', id };
    if (id !== expected)
      setAside(
        kickoffs,
        { ...at, field: 'id', reason: `must be ${expected}, the kickoff id of its item` },
        c.problems,
        c.aside,
      );
    else if (!KICKOFF_ITEM_KINDS.includes(kind))
      setAside(
        kickoffs,
        { ...at, field: 'itemId', reason: `must be a project or program, not a ${kind}` },
        c.problems,
        c.aside,
      );
    else
      kickoffs.set(id, {
        ...k,
        sponsor: withExistingPerson(k.sponsor, c.people),
        budgetOwner: withExistingPerson(k.budgetOwner, c.people),
      });
  }
  return kickoffs;
}

/** Records of one of the kickoff's lists: set aside when their kickoff is missing or set aside. */
function readPart<F extends Fields>(c: Context, entity: Entity<F>, kickoffs: ReadonlyMap<string, Kickoff>) {
  const records = readAll(c.doc, entity, c.problems, c.aside) as Map<
    string,
    RecordOf<Entity<F>> & { kickoffId: string | null }
  >;
  dropDangling(records, entity.collection, 'kickoffId', kickoffs, 'kickoff', c.problems, c.aside);
  return records;
}

function readRaci(
  c: Context,
  kickoffs: ReadonlyMap<string, Kickoff>,
  rows: ReadonlyMap<string, { kickoffId: string }>,
): RaciCell[] {
  const cells = readPart(c, raciEntity, kickoffs);
  dropDangling(cells, 'raci', 'row', rows, 'deliverable or activity', c.problems, c.aside);
  const columns = { has: (col: string) => !isIdOf('person', col) || c.people.has(col) };
  dropDangling(cells, 'raci', 'column', columns, 'person', c.problems, c.aside);
  for (const [id, cell] of cells) {
    const expected = raciCellId(cell.row, cell.column);
    const at = { collection: 'raci', id };
    if (id !== expected)
      setAside(
        cells,
        { ...at, field: 'id', reason: `must be ${expected}, made from its row and column` },
        c.problems,
        c.aside,
      );
    else if (rows.get(cell.row)?.kickoffId !== cell.kickoffId)
      setAside(cells, { ...at, field: 'row', reason: 'is in another kickoff than the cell' }, c.problems, c.aside);
  }
  return [...cells.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
}

function readKpis(c: Context, kickoffs: ReadonlyMap<string, Kickoff>): Kpi[] {
  const kpis = readPart(c, kpiEntity, kickoffs);
  dropDangling(kpis, 'kpis', 'ownerId', c.people, 'person', c.problems, c.aside);
  dropDangling(kpis, 'kpis', 'itemId', c.items, 'item', c.problems, c.aside);
  return sortByOrder(kpis.values());
}

function readRisks(c: Context, kickoffs: ReadonlyMap<string, Kickoff>): Risk[] {
  const risks = readPart(c, riskEntity, kickoffs);
  dropDangling(risks, 'risks', 'ownerId', c.people, 'person', c.problems, c.aside);
  dropDangling(risks, 'risks', 'itemIds', c.items, 'item', c.problems, c.aside);
  return sortByOrder(risks.values());
}

/**
 * Reads every kickoff record after items and people (which they point at). A record that
 * points at one set aside waits on its root cause, as elsewhere: the RACI cells of a
 * deliverable linked to a deleted item wait on that deliverable.
 */
export function readKickoffRecords(c: Context): KickoffRecords {
  const kickoffs = readKickoffs(c);
  const objectives = readPart(c, objectiveEntity, kickoffs);
  const scope = readPart(c, scopeEntity, kickoffs);
  const activities = readPart(c, activityEntity, kickoffs);
  const deliverables = readPart(c, deliverableEntity, kickoffs);
  dropDangling(deliverables, 'deliverables', 'itemIds', c.items, 'item', c.problems, c.aside);
  dropDangling(deliverables, 'deliverables', 'milestoneId', c.items, 'item', c.problems, c.aside);
  const stakeholders = readPart(c, stakeholderEntity, kickoffs);
  dropDangling(stakeholders, 'stakeholders', 'personId', c.people, 'person', c.problems, c.aside);
  const decisions = [...readPart(c, decisionEntity, kickoffs).values()].map((d) => ({
    ...d,
    decidedBy: withExistingPerson(d.decidedBy, c.people),
  }));
  const rows = new Map<string, { kickoffId: string }>([...deliverables, ...activities]);
  return {
    kickoffs,
    objectives: sortByOrder(objectives.values()),
    scope: sortByOrder(scope.values()),
    deliverables: sortByOrder(deliverables.values()),
    activities: sortByOrder(activities.values()),
    stakeholders: sortByOrder(stakeholders.values()),
    decisions: decisions.sort(compareDecisions),
    raci: readRaci(c, kickoffs, rows),
    kpis: readKpis(c, kickoffs),
    risks: readRisks(c, kickoffs),
  };
}
