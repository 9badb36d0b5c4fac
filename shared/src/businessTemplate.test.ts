import { describe, expect, it } from 'vitest';
import { readBoard } from './board.js';
import { boardFromJson } from './boardJson.js';
import { businessPmoTemplate } from './businessTemplate.js';
import { PROJECT_KICKOFF_AGENDA } from './kickoff.js';
import { kickoffView } from './kickoffView.js';
import { kpiProgress } from './kpiStatus.js';
import { raciMatrix } from './raciRules.js';
import { readiness } from './readiness.js';
import { openHighRisksByItem } from './riskRules.js';
import { isTemplateId, TEMPLATES, templateBoard } from './templates.js';

const TODAY = '2026-11-20';

function built(today = TODAY) {
  const made = boardFromJson(businessPmoTemplate(today));
  if (!made.ok) throw new Error(JSON.stringify(made.problems, null, 2));
  expect(made.migrations).toEqual([]);
  return readBoard(made.doc);
}

describe('businessPmoTemplate', () => {
  it('gives every record of a kickoff list its own place, so the order never depends on random ids', () => {
    const json = businessPmoTemplate(TODAY);
    for (const list of ['objectives', 'scope', 'activities', 'stakeholders'] as const) {
      const orders = json[list].map((r) => `${r.kickoffId}/${r.side ?? ''}/${r.order}`);
      expect(new Set(orders).size, list).toBe(orders.length);
    }
  });

  it('holds a few large business change projects in programs, each program in its lane', () => {
    const board = built();
    expect(board.problems).toEqual([]);
    expect(board.meta.name).toBe('Business PMO portfolio');
    const items = [...board.items.values()];
    const projects = items.filter((i) => i.kind === 'project');
    expect(projects.length).toBeGreaterThanOrEqual(5);
    expect(projects.length).toBeLessThanOrEqual(8);
    expect(
      items
        .filter((i) => i.kind === 'program')
        .map((p) => p.laneId)
        .sort(),
    ).toEqual(board.lanes.map((l) => l.id).sort());
    expect(projects.every((p) => p.ownerId && p.goalIds.length)).toBe(true);
    expect(items.filter((i) => i.kind === 'milestone').length).toBeGreaterThanOrEqual(8);
  });

  it('measures every project by its benefits as KPIs, some already measured', () => {
    const board = built();
    const projects = [...board.items.values()].filter((i) => i.kind === 'project');
    const measured = new Set(board.kpis.map((k) => k.itemId));
    expect(projects.every((p) => measured.has(p.id))).toBe(true);
    expect(board.kpis.every((k) => k.baseline !== null && k.dueDate && k.ownerId)).toBe(true);
    const states = board.kpis.map((k) => kpiProgress(k, TODAY).state);
    expect(states.filter((s) => s !== 'no-data').length).toBeGreaterThanOrEqual(4);
  });

  it('has a few risks, some open and high, marking their items', () => {
    const board = built();
    expect(board.risks.length).toBeGreaterThanOrEqual(3);
    expect(board.risks.length).toBeLessThanOrEqual(10);
    expect(board.risks.every((r) => r.itemIds.length && r.ownerId && r.mitigation)).toBe(true);
    expect(openHighRisksByItem(board.risks).size).toBeGreaterThanOrEqual(2);
  });

  it('has one kickoff, filled in: ready, every RACI rule kept, with the kickoff agenda', () => {
    const board = built();
    expect(board.kickoffs.size).toBe(1);
    const [kickoff] = board.kickoffs.values();
    const view = kickoffView(board, kickoff?.id ?? '');
    if (!view) throw new Error('the kickoff should read');
    expect(view.item.title).toBe('Customer onboarding redesign');
    expect(readiness(view, board.items)).toMatchObject({ ready: true, gaps: [] });
    expect(raciMatrix(view, board).rows.flatMap((r) => r.issues)).toEqual([]);
    expect(view.kickoff.agenda).toEqual(PROJECT_KICKOFF_AGENDA);
    expect(view.objectives.length).toBeGreaterThanOrEqual(3);
    expect(view.stakeholders.some((s) => s.personId === null && s.organisation)).toBe(true);
    expect(view.decisions.length).toBeGreaterThanOrEqual(2);
    expect(view.kpis.length).toBeGreaterThanOrEqual(2);
    expect(view.risks.length).toBeGreaterThanOrEqual(2);
  });

  it('makes fresh ids each time and works from any day of the year', () => {
    const ids = (t: ReturnType<typeof businessPmoTemplate>) =>
      new Set([...t.items, ...t.people, ...t.kickoffs, ...t.deliverables].map((r) => String(r.id)));
    const a = ids(businessPmoTemplate(TODAY));
    expect([...ids(businessPmoTemplate(TODAY))].filter((id) => a.has(id))).toEqual([]);
    for (const today of ['2026-01-01', '2026-03-31', '2026-12-31', '2028-02-29'])
      expect(built(today).problems).toEqual([]);
  });

  it('is a template the API offers', () => {
    expect(TEMPLATES['business-pmo']).toBe('Business PMO portfolio');
    expect(isTemplateId('business-pmo')).toBe(true);
    expect(templateBoard('business-pmo', TODAY, 'Change board').name).toBe('Change board');
  });
});
