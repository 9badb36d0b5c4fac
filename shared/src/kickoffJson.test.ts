import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addActivity } from './activity.js';
import { boardFromJson, exportBoard } from './boardJson.js';
import { addDecision } from './decision.js';
import { addDeliverable, createDeliverableMilestone } from './deliverable.js';
import { collection } from './doc.js';
import { updateKickoff } from './kickoff.js';
import { KICKOFF_COLLECTIONS } from './kickoffLinks.js';
import { kickoffSetup } from './kickoffTestkit.js';
import { createKpi, recordKpiValue } from './kpi.js';
import { addObjective } from './objective.js';
import { setRaci } from './raci.js';
import { createRisk } from './risk.js';
import { addScopeEntry } from './scope.js';
import { addStakeholder } from './stakeholder.js';

/** A kickoff with a record of every kind, made through the write functions. */
function filledKickoff() {
  const s = kickoffSetup();
  const { doc, kickoff, anna, bo, build, project } = s;
  updateKickoff(doc, kickoff, {
    purpose: 'Onboard business customers in a week, not a month ✅',
    sponsor: { personId: anna },
    budgetOwner: { name: 'CFO office' },
    assumptions: 'Vendor API ready by April\n',
    constraints: 'Budget 2 MDKK',
    agenda: [{ title: 'Introductions', minutes: 10 }],
  });
  addObjective(doc, kickoff, { text: 'Onboard in a week', measure: 'Days', target: '≤ 7', date: '2026-12-31' });
  addScopeEntry(doc, kickoff, { text: 'Self-service portal' });
  addScopeEntry(doc, kickoff, { text: 'Mobile app', side: 'out' });
  const portal = addDeliverable(doc, kickoff, { title: 'Portal live', itemIds: [build] });
  createDeliverableMilestone(doc, portal);
  const approve = addActivity(doc, kickoff, { title: 'Approve budget' });
  addStakeholder(doc, kickoff, { personId: bo });
  addStakeholder(doc, kickoff, { name: 'Karen Holm', organisation: 'Nordbank', role: 'Customer panel' });
  addDecision(doc, kickoff, {
    date: '2026-03-02',
    decision: 'Portal before app',
    decidedBy: { name: 'Steering group' },
  });
  setRaci(doc, kickoff, portal, anna, 'A');
  setRaci(doc, kickoff, portal, 'Customer panel', 'C');
  setRaci(doc, kickoff, approve, bo, 'R');
  const kpi = createKpi(doc, { name: 'Days to onboard', unit: 'days', baseline: 21, target: 7, kickoffId: kickoff });
  recordKpiValue(doc, kpi, '2026-04-30', 17.5);
  recordKpiValue(doc, kpi, '2026-03-31', 19);
  const risk = createRisk(doc, {
    title: 'Vendor late',
    probability: 4,
    impact: 5,
    mitigation: 'Weekly check-in',
    itemIds: [project],
    kickoffId: kickoff,
  });
  collection(doc, 'risks').get(risk)?.set('category', 'supplier'); // a field this code does not know
  return s;
}

describe('Board JSON round trip with kickoff records', () => {
  it('export -> import -> export is equal, with every kickoff record, through a JSON string', () => {
    const { doc } = filledKickoff();
    const first = exportBoard(doc);
    for (const name of KICKOFF_COLLECTIONS) expect(first[name].length, name).toBeGreaterThan(0);
    expect(first.kpis[0]?.history).toEqual({ '2026-03-31': 19, '2026-04-30': 17.5 });
    expect(first.risks[0]?.category).toBe('supplier');
    const made = boardFromJson(JSON.parse(JSON.stringify(first)));
    if (!made.ok) throw new Error(JSON.stringify(made.problems));
    expect(made.migrations).toEqual([]);
    expect(exportBoard(made.doc)).toEqual(first);
    expect(JSON.stringify(exportBoard(made.doc))).toBe(JSON.stringify(first));
  });

  it('imports texts as Y.Text and KPI values as a Y.Map, so they keep merging', () => {
    const { doc, kickoff } = filledKickoff();
    const made = boardFromJson(exportBoard(doc));
    if (!made.ok) throw new Error(JSON.stringify(made.problems));
    const k = collection(made.doc, 'kickoffs').get(kickoff);
    for (const field of ['purpose', 'assumptions', 'constraints']) expect(k?.get(field)).toBeInstanceOf(Y.Text);
    const [kpi] = [...collection(made.doc, 'kpis').values()];
    expect(kpi?.get('history')).toBeInstanceOf(Y.Map);
    const [risk] = [...collection(made.doc, 'risks').values()];
    expect(risk?.get('mitigation')).toBeInstanceOf(Y.Text);
  });
});
