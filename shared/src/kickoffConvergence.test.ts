import { describe, expect, it } from 'vitest';
import { addDeliverable, createDeliverableMilestone, deleteDeliverable } from './deliverable.js';
import { deleteItem } from './item.js';
import { setSponsor, updateKickoff } from './kickoff.js';
import { kickoffSetup } from './kickoffTestkit.js';
import { kickoffView } from './kickoffView.js';
import { createKpi, recordKpiValue } from './kpi.js';
import { addObjective } from './objective.js';
import { deletePerson } from './person.js';
import { setRaci } from './raci.js';
import { raciMatrix } from './raciRules.js';
import { readiness } from './readiness.js';
import { addScopeEntry, moveScopeEntry, updateScopeEntry } from './scope.js';
import { expectConverged, mergeEveryWay } from './testkit.js';

/** A kickoff with some scope and a deliverable, as it stands when the meeting starts. */
function meeting() {
  const s = kickoffSetup();
  const portal = addScopeEntry(s.doc, s.kickoff, { text: 'Portal' });
  const app = addScopeEntry(s.doc, s.kickoff, { text: 'Mobile app' });
  const deliverable = addDeliverable(s.doc, s.kickoff, { title: 'Portal live', itemIds: [s.build] });
  updateKickoff(s.doc, s.kickoff, { purpose: 'Onboard customers faster.' });
  return { ...s, portal, app, deliverable };
}

function viewIn(board: ReturnType<typeof expectConverged>, kickoffId: string) {
  const view = kickoffView(board, kickoffId);
  if (!view) throw new Error('kickoff missing');
  return view;
}

describe('two people filling one kickoff at once converge, in whichever order updates arrive', () => {
  it('both people’s objectives, scope moves, RACI cells and purpose edits survive', () => {
    const m = meeting();
    const docs = mergeEveryWay(m.doc, [
      (d) => {
        addObjective(d, m.kickoff, { text: 'Onboard in a week' });
        moveScopeEntry(d, m.app, 'out', 0);
        setRaci(d, m.kickoff, m.deliverable, m.anna, 'A');
        updateKickoff(d, m.kickoff, { purpose: 'Onboard business customers faster.' });
      },
      (d) => {
        addObjective(d, m.kickoff, { text: 'Fewer support calls' });
        updateScopeEntry(d, m.app, { text: 'Native mobile app' });
        setRaci(d, m.kickoff, m.deliverable, m.bo, 'R');
        updateKickoff(d, m.kickoff, { purpose: 'Onboard customers faster. Cut calls.' });
      },
    ]);
    const board = expectConverged(docs);
    const view = viewIn(board, m.kickoff);
    expect(view.objectives.map((o) => o.text).sort()).toEqual(['Fewer support calls', 'Onboard in a week']);
    expect(view.scopeIn.map((s) => s.text)).toEqual(['Portal']);
    expect(view.scopeOut.map((s) => s.text)).toEqual(['Native mobile app']);
    expect(view.kickoff.purpose).toBe('Onboard business customers faster. Cut calls.');
    expect(raciMatrix(view, board).rows[0]?.issues.filter((i) => i.rule !== 'accountable-available')).toEqual([]);
    expect(board.problems).toEqual([]);
  });

  it('the same cell set twice ends with one value; the same milestone made twice is one item', () => {
    const m = meeting();
    const docs = mergeEveryWay(m.doc, [
      (d) => {
        setRaci(d, m.kickoff, m.deliverable, m.anna, 'A');
        createDeliverableMilestone(d, m.deliverable);
      },
      (d) => {
        setRaci(d, m.kickoff, m.deliverable, m.anna, 'R');
        createDeliverableMilestone(d, m.deliverable, '2026-05-01');
      },
    ]);
    const board = expectConverged(docs);
    expect(board.raci).toHaveLength(1);
    expect([...board.items.values()].filter((i) => i.kind === 'milestone')).toHaveLength(1);
    expect(readiness(viewIn(board, m.kickoff), board.items).gaps.map((g) => g.check)).not.toContain('milestone');
  });

  it('KPI values recorded by two people on different days are all kept', () => {
    const m = meeting();
    const kpi = createKpi(m.doc, { name: 'Days to onboard', target: 7, kickoffId: m.kickoff });
    const docs = mergeEveryWay(m.doc, [
      (d) => recordKpiValue(d, kpi, '2026-03-31', 19),
      (d) => recordKpiValue(d, kpi, '2026-04-30', 17),
    ]);
    expect(expectConverged(docs).kpis[0]?.history).toEqual({ '2026-03-31': 19, '2026-04-30': 17 });
  });

  it('a cell set on a deliverable someone deleted meanwhile is listed, and the kickoff still renders', () => {
    const m = meeting();
    const docs = mergeEveryWay(m.doc, [
      (d) => deleteDeliverable(d, m.deliverable),
      (d) => setRaci(d, m.kickoff, m.deliverable, m.anna, 'A'),
    ]);
    const board = expectConverged(docs);
    expect(board.problems).toEqual([
      expect.objectContaining({ collection: 'raci', field: 'row', reason: expect.stringContaining('does not exist') }),
    ]);
    expect(viewIn(board, m.kickoff).deliverables).toEqual([]);
  });

  it('a sponsor picked while someone deletes that person reads as no sponsor, not a problem', () => {
    const m = meeting();
    const docs = mergeEveryWay(m.doc, [
      (d) => deletePerson(d, m.bo),
      (d) => setSponsor(d, m.kickoff, { personId: m.bo }),
    ]);
    const board = expectConverged(docs);
    expect(viewIn(board, m.kickoff).kickoff.sponsor).toBeNull();
    expect(board.problems).toEqual([]);
  });

  it('an objective added while someone deletes the project is listed, not lost silently', () => {
    const m = meeting();
    const docs = mergeEveryWay(m.doc, [
      (d) => deleteItem(d, m.project),
      (d) => addObjective(d, m.kickoff, { text: 'Late idea' }),
    ]);
    const board = expectConverged(docs);
    expect(board.kickoffs.size).toBe(0);
    expect(board.problems).toEqual([
      expect.objectContaining({
        collection: 'objectives',
        field: 'kickoffId',
        reason: 'points at a kickoff that does not exist',
      }),
    ]);
  });
});
