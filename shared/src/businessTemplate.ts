import { type BoardJson, emptyBoardJson } from './boardJson.js';
import { addBenefitsAndRisks, businessKickoff } from './businessRecords.js';
import { fiscalQuarterStart, mondayOf } from './calendar.js';
import { addDays, type IsoDate } from './dates.js';
import { newId } from './ids.js';
import type { Status } from './item.js';
import { SCHEMA_VERSION } from './migrations.js';
import { orderKeys } from './order.js';
import { projectItem } from './templateItems.js';

/**
 * A business PMO's board: few, large change projects with long planning, each measured by
 * the benefits it is to bring (KPIs), with the risks a steering group watches and one
 * kickoff filled in as an example. The IT template is its counterpart: many smaller,
 * faster projects.
 */

type Milestone = [title: string, week: number];
type Project = [title: string, startWeek: number, weeks: number, status: Status, progress: number, Milestone[]];

const PROGRAMS: Array<{ title: string; projects: Project[] }> = [
  {
    title: 'Customer experience',
    projects: [
      [
        'Customer onboarding redesign',
        0,
        36,
        'on-track',
        15,
        [
          ['Business case approved', 2],
          ['Pilot region live', 20],
          ['All regions live', 34],
        ],
      ],
      ['Pricing and packaging review', 10, 24, 'not-started', 0, [['New price lists in force', 32]]],
    ],
  },
  {
    title: 'Operational excellence',
    projects: [
      [
        'Finance shared service centre',
        0,
        52,
        'at-risk',
        25,
        [
          ['Site chosen', 6],
          ['First countries transferred', 30],
        ],
      ],
      ['Procurement process harmonisation', 16, 30, 'not-started', 0, [['One purchase-to-pay process', 44]]],
    ],
  },
  {
    title: 'People and sustainability',
    projects: [
      ['Hybrid work policy', 4, 16, 'on-track', 40, [['Policy agreed with works council', 12]]],
      ['CSRD sustainability reporting', 8, 40, 'at-risk', 20, [['First audited report', 46]]],
    ],
  },
];

/** Name, role, hours a week, colour; grouped by team. */
const TEAMS: Array<[team: string, people: Array<[string, string, number, string]>]> = [
  [
    'PMO',
    [
      ['Helle Kjær', 'Head of PMO', 40, '#2f5fb3'],
      ['Jonas Ek', 'Change manager', 40, '#0f8a7a'],
    ],
  ],
  [
    'Business partners',
    [
      ['Sofie Dahl', 'Finance business partner', 32, '#a0521e'],
      ['Oskar Lund', 'HR business partner', 40, '#7446b8'],
      ['Maja Holm', 'Customer operations manager', 40, '#b33a6e'],
    ],
  ],
  [
    'Specialists',
    [
      ['Emil Strand', 'Business analyst', 40, '#4d6275'],
      ['Nora Berg', 'Sustainability lead', 36, '#3e7d2f'],
    ],
  ],
];

const GOALS: Array<[title: string, color: string, description: string, projects: string[]]> = [
  [
    'Cost to serve −12 %',
    '#a0521e',
    'Run the business for less.',
    ['Finance shared service centre', 'Procurement process harmonisation'],
  ],
  [
    'Customers stay and grow',
    '#b33a6e',
    'Easier to start with, fair to pay.',
    ['Customer onboarding redesign', 'Pricing and packaging review'],
  ],
  [
    'People and planet',
    '#3e7d2f',
    'Engaged people; emissions reported and falling.',
    ['Hybrid work policy', 'CSRD sustainability reporting'],
  ],
];

export interface BusinessContext {
  board: BoardJson;
  week: (n: number) => IsoDate;
  /** The n-th of a run of order keys. */
  key: (n: number) => string;
  people: string[];
  projects: Map<string, { id: string; laneId: string; milestones: Map<string, string> }>;
}

function addPeople(ctx: BusinessContext): void {
  TEAMS.forEach(([name, people], t) => {
    const teamId = newId('team');
    ctx.board.teams.push({ id: teamId, name, order: ctx.key(t) });
    for (const [personName, role, hours, color] of people) {
      const id = newId('person');
      ctx.people.push(id);
      ctx.board.people.push({ id, name: personName, role, teamId, capacityHoursPerWeek: hours, color });
    }
  });
}

function addProject(
  ctx: BusinessContext,
  spec: Project,
  programId: string,
  laneId: string,
  goals: string[],
  i: number,
) {
  const [title, startWeek, weeks, status, progress, milestones] = spec;
  const { board, week, people } = ctx;
  const id = newId('item');
  const ownerId = people[(i * 3 + 1) % people.length] ?? null;
  const order = ctx.key(i);
  board.items.push(
    projectItem(week, {
      id,
      title,
      parentId: programId,
      laneId,
      startWeek,
      weeks,
      status,
      progress,
      ownerId,
      goalIds: goals,
      order,
    }),
  );
  const ms = new Map<string, string>();
  for (const [mTitle, mWeek] of milestones) {
    const mId = newId('item');
    ms.set(mTitle, mId);
    const day = addDays(week(mWeek), 3);
    board.items.push({
      id: mId,
      kind: 'milestone',
      title: mTitle,
      parentId: id,
      laneId,
      start: day,
      end: day,
      ownerId,
      order: ctx.key(i),
    });
  }
  if (ownerId)
    board.assignments.push({ id: newId('assignment'), itemId: id, personId: ownerId, role: '', percent: 40 });
  ctx.projects.set(title, { id, laneId, milestones: ms });
}

/** A business PMO portfolio over six quarters from the quarter holding `today`. */
export function businessPmoTemplate(today: IsoDate, name = 'Business PMO portfolio'): BoardJson {
  const origin = mondayOf(fiscalQuarterStart(today));
  const board = emptyBoardJson(SCHEMA_VERSION, name, { name, fiscalYearStartMonth: 1, weekStartsOn: 1 });
  const keys = orderKeys(16);
  const key = (n: number) => keys[n] ?? 'a0';
  const ctx: BusinessContext = { board, week: (n) => addDays(origin, n * 7), key, people: [], projects: new Map() };
  addPeople(ctx);
  const goals = new Map<string, string>();
  GOALS.forEach(([title, color, description], g) => {
    const id = newId('goal');
    goals.set(title, id);
    board.goals.push({ id, title, color, description, order: key(g) });
  });
  const goalsOf = (project: string) =>
    GOALS.filter((g) => g[3].includes(project)).flatMap((g) => goals.get(g[0]) ?? []);
  const portfolioId = newId('item');
  board.items.push({
    id: portfolioId,
    kind: 'portfolio',
    title: 'Business change portfolio',
    parentId: null,
    laneId: null,
    start: ctx.week(0),
    end: addDays(ctx.week(78), -1),
    status: 'on-track',
    progress: 10,
    ownerId: ctx.people[0] ?? null,
    notes: 'Change the business, measured by the benefits it brings.',
  });
  PROGRAMS.forEach((program, p) => {
    const laneId = newId('lane');
    board.lanes.push({ id: laneId, title: program.title, order: key(p), groupBy: null });
    const programId = newId('item');
    const last = Math.max(...program.projects.map(([, s, w]) => s + w));
    board.items.push({
      id: programId,
      kind: 'program',
      title: program.title,
      parentId: portfolioId,
      laneId,
      start: ctx.week(0),
      end: addDays(ctx.week(last), -1),
      status: 'on-track',
      order: key(0),
    });
    program.projects.forEach((spec, i) => {
      addProject(ctx, spec, programId, laneId, goalsOf(spec[0]), p * 2 + i + 1);
    });
  });
  addBenefitsAndRisks(ctx);
  businessKickoff(ctx, 'Customer onboarding redesign');
  return board;
}
