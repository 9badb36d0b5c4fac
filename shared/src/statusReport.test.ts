import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { assignPerson } from './assignment.js';
import type { Baseline } from './baseline.js';
import { readBoard } from './board.js';
import { toDayNumber } from './dates.js';
import { createItem } from './item.js';
import { createKickoff } from './kickoff.js';
import { createKpi, recordKpiValue } from './kpi.js';
import { createPerson } from './person.js';
import { parseQuarterKey, type Quarter } from './quarter.js';
import { createRisk } from './risk.js';
import { workingDays } from './statusCapacity.js';
import { statusReport } from './statusReport.js';
import { createTeam } from './team.js';

const q = (key: string): Quarter => parseQuarterKey(key) as Quarter;
const Q1 = q('2027-Q1');

/** Two programs of a portfolio, each with a project and milestones around Q1 2027. */
function board() {
  const doc = new Y.Doc();
  const platform = createTeam(doc, { name: 'Platform' });
  const data = createTeam(doc, { name: 'Data' });
  const astrid = createPerson(doc, { name: 'Astrid', teamId: platform });
  const lars = createPerson(doc, { name: 'Lars', teamId: data, capacityHoursPerWeek: 20 });
  const item = (title: string, kind: string, parentId: string | null, start: string, end = start, extra = {}) =>
    createItem(doc, { title, kind: kind as 'task', parentId, start, end, ...extra });
  const crm = item('CRM', 'program', null, '2026-10-01', '2027-06-30', { status: 'at-risk' });
  const dw = item('Data warehouse', 'program', null, '2027-01-01', '2027-12-31', { status: 'on-track' });
  const migrate = item('Migrate CRM', 'project', crm, '2026-11-02', '2027-03-31', {
    progress: 50,
    status: 'off-track',
  });
  const ingest = item('Ingest', 'project', dw, '2027-01-04', '2027-06-30', { progress: 0 });
  const pilot = item('Pilot live', 'milestone', migrate, '2027-02-15', '2027-02-15', { ownerId: astrid });
  const golive = item('Go-live', 'milestone', migrate, '2027-03-20', '2027-03-20', { status: 'done' });
  const cutover = item('Cutover', 'milestone', migrate, '2027-04-10');
  const schema = item('Schema frozen', 'milestone', ingest, '2027-01-20');
  const old = item('Kick-off', 'milestone', ingest, '2026-12-01', '2026-12-01', { status: 'done' });
  return { doc, platform, data, astrid, lars, crm, dw, migrate, ingest, pilot, golive, cutover, schema, old };
}

type B = ReturnType<typeof board>;
const report = (b: B, opts: { scopeId?: string | null; baseline?: Baseline | null; quarter?: Quarter } = {}) =>
  statusReport(readBoard(b.doc), {
    quarter: opts.quarter ?? Q1,
    scopeId: opts.scopeId ?? null,
    baseline: opts.baseline ?? null,
    today: '2027-02-20',
  });
const titles = (list: readonly { title: string }[]) => list.map((l) => l.title);

describe('milestones in a quarter', () => {
  it.each<[string, (b: B) => string | null, string, string[], string[]]>([
    ['the portfolio', () => null, '2027-Q1', ['Schema frozen', 'Pilot live'], ['Go-live']],
    ['one program', (b) => b.crm, '2027-Q1', ['Pilot live'], ['Go-live']],
    ['the other program', (b) => b.dw, '2027-Q1', ['Schema frozen'], []],
    ['the next quarter', () => null, '2027-Q2', ['Cutover'], []],
    ['the quarter before', () => null, '2026-Q4', [], ['Kick-off']],
    ['a quarter with nothing', () => null, '2030-Q1', [], []],
  ])('%s in %s: due and done', (_what, scope, key, due, done) => {
    const b = board();
    const r = report(b, { scopeId: scope(b), quarter: q(key) });
    expect(titles(r.due)).toEqual(due);
    expect(titles(r.done)).toEqual(done);
  });

  it('says which row a milestone is under, who owns it and whether it is overdue', () => {
    const b = board();
    const r = report(b);
    expect(r.due.map((m) => [m.title, m.rowTitle, m.ownerName, m.overdue])).toEqual([
      ['Schema frozen', 'Data warehouse', null, true],
      ['Pilot live', 'CRM', 'Astrid', true],
    ]);
    expect(report(b, { scopeId: b.crm }).due[0]?.rowTitle).toBe('Migrate CRM');
  });
});

describe('slipped against a baseline', () => {
  const baseline = (b: B): Baseline => ({
    id: 'baseline:q4',
    name: 'Q4 plan',
    createdAt: '2026-12-01T10:00:00.000Z',
    source: { kind: 'now' },
    dates: {
      [b.pilot]: { start: '2027-02-01', end: '2027-02-01' }, // 14 days late, in Q1
      [b.cutover]: { start: '2027-03-25', end: '2027-03-25' }, // planned in Q1, now in Q2: 16 days
      [b.schema]: { start: '2027-01-25', end: '2027-01-25' }, // early: not slipped
      [b.golive]: { start: '2027-03-20', end: '2027-03-20' }, // on plan
    },
  });

  it.each<[string, (b: B) => string | null, string, [string, number][]]>([
    [
      'the portfolio, worst first',
      () => null,
      '2027-Q1',
      [
        ['Cutover', 16],
        ['Pilot live', 14],
      ],
    ],
    [
      'a program',
      (b) => b.crm,
      '2027-Q1',
      [
        ['Cutover', 16],
        ['Pilot live', 14],
      ],
    ],
    ['a program with none', (b) => b.dw, '2027-Q1', []],
    ['the quarter it slipped into', () => null, '2027-Q2', [['Cutover', 16]]],
    ['a quarter it never touched', () => null, '2026-Q4', []],
  ])('%s in %s', (_what, scope, key, expected) => {
    const b = board();
    const r = report(b, { scopeId: scope(b), quarter: q(key), baseline: baseline(b) });
    expect(r.slipped.map((s) => [s.title, s.slipDays])).toEqual(expected);
    expect(r.baseline?.name).toBe('Q4 plan');
  });

  it('lists nothing without a baseline, and nothing for a milestone added since', () => {
    const b = board();
    expect(report(b).slipped).toEqual([]);
    expect(
      report(b, { baseline: { id: 'baseline:x', name: 'x', createdAt: '', source: { kind: 'now' }, dates: {} } })
        .slipped,
    ).toEqual([]);
  });
});

describe('status and progress', () => {
  it('rows are the programs of the portfolio, the projects of a program, with counts for the quarter', () => {
    const b = board();
    const r = report(b);
    expect(r.scope).toBeNull();
    expect(r.rows.map((x) => [x.title, x.status, x.due, x.done])).toEqual([
      ['CRM', 'at-risk', 1, 1],
      ['Data warehouse', 'on-track', 1, 0],
    ]);
    expect(r.health).toMatchObject({ 'at-risk': 1, 'on-track': 1, 'off-track': 0 });
    const crm = report(b, { scopeId: b.crm });
    expect(crm.scope).toMatchObject({ title: 'CRM', status: 'at-risk' });
    expect(crm.rows.map((x) => [x.title, x.status, x.progress])).toEqual([['Migrate CRM', 'off-track', 50]]);
    // a project with only milestones under it keeps its own dates; a program spans its work and milestones
    expect(crm.rows.map((x) => [x.start, x.end])).toEqual([['2026-11-02', '2027-03-31']]);
    expect(r.rows.map((x) => [x.start, x.end])[0]).toEqual(['2026-11-02', '2027-04-10']);
  });

  it('rolls progress up by duration: a program from its project, the portfolio from both', () => {
    const b = board();
    expect(report(b, { scopeId: b.crm }).progress).toBe(50);
    expect(report(b, { scopeId: b.dw }).progress).toBe(0);
    const whole = report(b).progress;
    expect(whole).toBeGreaterThan(0);
    expect(whole).toBeLessThan(50);
  });

  it('reports on the whole portfolio when the program is not on the board', () => {
    expect(report(board(), { scopeId: 'item:gone' }).scope).toBeNull();
  });
});

describe('capacity per team for the quarter', () => {
  it.each([
    ['a whole quarter', '2027-01-01', '2027-03-31', 64],
    ['one week', '2027-01-04', '2027-01-10', 5],
    ['a weekend', '2027-01-09', '2027-01-10', 0],
    ['Friday to Monday', '2027-01-08', '2027-01-11', 2],
    ['the wrong way round', '2027-01-11', '2027-01-08', 0],
  ])('working days in %s: %i', (_what, a, b, days) => {
    expect(workingDays(toDayNumber(a), toDayNumber(b))).toBe(days);
  });

  it('gives each team its shortfall or excess, worst first, and the unstaffed demand in view', () => {
    const b = board();
    // Lars: 20 h a week capacity, asked for 30 h a week on Ingest from Jan 4 (63 working days of the quarter's 64)
    assignPerson(b.doc, { itemId: b.ingest, personId: b.lars, hoursPerWeek: 30 });
    assignPerson(b.doc, { itemId: b.migrate, personId: b.astrid, hoursPerWeek: 20 });
    assignPerson(b.doc, { itemId: b.migrate, personId: null, role: 'Tester', hoursPerWeek: 10 });
    const r = report(b);
    expect(r.capacity.teams.map((t) => [t.name, t.capacity, Math.round(t.demand), Math.round(t.hours)])).toEqual([
      ['Data', 256, 378, -122],
      ['Platform', 512, 256, 256],
    ]);
    expect(r.capacity.teams[0]?.fte).toBeCloseTo(-122 / 12.8 / 40);
    expect(r.capacity.unstaffed).toEqual([{ role: 'Tester', hours: 128 }]);
    const crm = report(b, { scopeId: b.crm });
    expect(crm.capacity.teams.map((t) => [t.name, Math.round(t.inScope)])).toEqual([['Platform', 256]]);
  });
});

describe('KPIs and risks', () => {
  it('renders without kickoff records', () => {
    const r = report(board());
    expect([r.kpis, r.risks]).toEqual([[], []]);
  });

  it('lists the KPIs of the items in view, worst first, and the open risks by score', () => {
    const b = board();
    const kickoff = createKickoff(b.doc, b.migrate);
    const nps = createKpi(b.doc, { name: 'NPS', target: 40, baseline: 20, kickoffId: kickoff, dueDate: '2027-01-31' });
    recordKpiValue(b.doc, nps, '2027-01-15', 25);
    const lead = createKpi(b.doc, { name: 'Lead time', unit: 'days', target: 7, baseline: 20, itemId: b.ingest });
    recordKpiValue(b.doc, lead, '2027-01-15', 7);
    createRisk(b.doc, { title: 'Vendor late', probability: 4, impact: 5, itemIds: [b.migrate] });
    createRisk(b.doc, { title: 'Data quality', probability: 3, impact: 3, kickoffId: kickoff });
    createRisk(b.doc, { title: 'Closed one', probability: 5, impact: 5, status: 'closed', itemIds: [b.migrate] });
    createRisk(b.doc, { title: 'Elsewhere', probability: 5, impact: 5, itemIds: [b.ingest] });
    const crm = report(b, { scopeId: b.crm });
    expect(crm.kpis.map((k) => [k.name, k.state, k.current])).toEqual([['NPS', 'missed', 25]]);
    expect(crm.risks.map((x) => [x.title, x.score, x.level])).toEqual([
      ['Vendor late', 20, 'high'],
      ['Data quality', 9, 'medium'],
    ]);
    const all = report(b);
    expect(all.kpis.map((k) => [k.name, k.state])).toEqual([
      ['NPS', 'missed'],
      ['Lead time', 'met'],
    ]);
    expect(titles(all.risks)).toEqual(['Elsewhere', 'Vendor late', 'Data quality']);
  });
});
