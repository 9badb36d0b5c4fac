import { describe, expect, it } from 'vitest';
import { readBoard } from './board.js';
import { boardFromJson } from './boardJson.js';
import { daysBetween } from './dates.js';
import { SCHEMA_VERSION } from './migrations.js';
import { emptyTemplate, isTemplateId, itPortfolioTemplate, templateBoard } from './templates.js';

const TODAY = '2026-11-20';

function built(today = TODAY) {
  const made = boardFromJson(itPortfolioTemplate(today));
  if (!made.ok) throw new Error(JSON.stringify(made.problems, null, 2));
  return readBoard(made.doc);
}

/** Which of the four quarters after the quarter start holding `today` a date falls in. */
function quarterIndex(date: string, today: string): number {
  const [ty, tm] = today.split('-').map(Number) as [number, number];
  const [y, m] = date.split('-').map(Number) as [number, number];
  return Math.floor(((y - ty) * 12 + (m - 1) - Math.floor((tm - 1) / 3) * 3) / 3);
}

describe('itPortfolioTemplate', () => {
  it('passes boardFromJson with no problems and needs no migration', () => {
    const made = boardFromJson(itPortfolioTemplate(TODAY));
    expect(made.ok ? made.migrations : made.problems).toEqual([]);
    expect(built().meta).toMatchObject({ name: 'IT PMO portfolio', schemaVersion: SCHEMA_VERSION });
  });

  it('holds one portfolio, 3-4 programs each in its own lane, and about 15 projects', () => {
    const board = built();
    const items = [...board.items.values()];
    const of = (kind: string) => items.filter((i) => i.kind === kind);
    const [portfolio] = of('portfolio');
    expect(of('portfolio')).toHaveLength(1);
    expect(of('program').length).toBeGreaterThanOrEqual(3);
    expect(of('program').length).toBeLessThanOrEqual(4);
    expect(of('program').every((p) => p.parentId === portfolio?.id)).toBe(true);
    expect(new Set(of('program').map((p) => p.laneId)).size).toBe(board.lanes.length);
    expect(of('project').length).toBeGreaterThanOrEqual(13);
    expect(of('project').length).toBeLessThanOrEqual(17);
    const programIds = new Set(of('program').map((p) => p.id));
    expect(of('project').every((p) => p.parentId && programIds.has(p.parentId))).toBe(true);
  });

  it('has milestones in each of four quarters, inside their project', () => {
    const board = built();
    const milestones = [...board.items.values()].filter((i) => i.kind === 'milestone');
    expect(milestones.length).toBeGreaterThanOrEqual(8);
    const quarters = new Set(milestones.map((m) => quarterIndex(m.start, TODAY)));
    expect([...quarters].sort()).toEqual([0, 1, 2, 3]);
    for (const m of milestones) {
      const project = board.items.get(m.parentId ?? '');
      expect(project?.kind).toBe('project');
      expect(daysBetween(project?.start ?? '', m.start)).toBeGreaterThanOrEqual(0);
      expect(daysBetween(m.start, project?.end ?? '')).toBeGreaterThanOrEqual(0);
    }
  });

  it('starts on the Monday of the current quarter', () => {
    const board = built('2026-05-14');
    const portfolio = [...board.items.values()].find((i) => i.kind === 'portfolio');
    expect(portfolio?.start).toBe('2026-03-30'); // 2026-04-01 is a Wednesday
    expect(daysBetween(portfolio?.start ?? '', portfolio?.end ?? '')).toBe(52 * 7 - 1);
  });

  it('has teams, people in them, owners, staffing and dependencies', () => {
    const board = built();
    expect(board.teams.length).toBeGreaterThanOrEqual(2);
    expect(board.people.length).toBeGreaterThanOrEqual(6);
    expect(board.people.every((p) => p.teamId !== null)).toBe(true);
    expect(board.deps.length).toBeGreaterThanOrEqual(4);
    expect(board.assignments.some((a) => a.personId === null && a.role)).toBe(true);
    const projects = [...board.items.values()].filter((i) => i.kind === 'project');
    expect(projects.every((p) => p.ownerId !== null)).toBe(true);
  });

  it('makes fresh ids each time, so two boards from it share none', () => {
    const a = itPortfolioTemplate(TODAY);
    const b = itPortfolioTemplate(TODAY);
    const ids = (t: typeof a) => new Set([...t.items, ...t.lanes, ...t.people].map((r) => r.id));
    const shared = [...ids(a)].filter((id) => ids(b).has(id));
    expect(shared).toEqual([]);
  });

  it('works from any day of the year', () => {
    for (const today of ['2026-01-01', '2026-03-31', '2026-12-31', '2028-02-29']) {
      expect(boardFromJson(itPortfolioTemplate(today)).ok).toBe(true);
    }
  });
});

describe('other templates', () => {
  it('the empty board has three lanes and passes boardFromJson', () => {
    const made = boardFromJson(emptyTemplate('Blank'));
    if (!made.ok) throw new Error(JSON.stringify(made.problems));
    expect(readBoard(made.doc).lanes.map((l) => l.title)).toEqual(['Now', 'Next', 'Later']);
    expect(readBoard(made.doc).meta.name).toBe('Blank');
  });

  it('templateBoard picks by id and isTemplateId knows the ids', () => {
    expect(templateBoard('it-portfolio', TODAY).items.length).toBeGreaterThan(20);
    expect(templateBoard('empty', TODAY).items).toEqual([]);
    expect(isTemplateId('it-portfolio')).toBe(true);
    expect(isTemplateId('toString')).toBe(false);
    expect(isTemplateId(3)).toBe(false);
  });
});
