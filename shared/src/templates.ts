import { type BoardJson, emptyBoardJson } from './boardJson.js';
import { businessPmoTemplate } from './businessTemplate.js';
import { fiscalQuarterStart, mondayOf } from './calendar.js';
import { addDays, type IsoDate } from './dates.js';
import { newId } from './ids.js';
import type { Status } from './item.js';
import { SCHEMA_VERSION } from './migrations.js';
import { orderKeys } from './order.js';
import { projectItem } from './templateItems.js';

export const TEMPLATES = {
  'it-portfolio': 'IT PMO portfolio',
  'business-pmo': 'Business PMO portfolio',
  empty: 'Empty board',
} as const;
export type TemplateId = keyof typeof TEMPLATES;

export function isTemplateId(v: unknown): v is TemplateId {
  return typeof v === 'string' && Object.hasOwn(TEMPLATES, v);
}

type ProjectSpec = [
  title: string,
  startWeek: number,
  weeks: number,
  status: Status,
  progress: number,
  milestones: Array<[string, number]>,
];

const PROGRAMS: Array<{ title: string; projects: ProjectSpec[] }> = [
  {
    title: 'Digital Workplace',
    projects: [
      ['Laptop refresh wave 2', 0, 10, 'on-track', 60, [['Pilot group live', 4]]],
      [
        'Intranet replatforming',
        4,
        20,
        'at-risk',
        25,
        [
          ['Content freeze', 12],
          ['Go-live', 20],
        ],
      ],
      ['Collaboration suite rollout', 14, 16, 'not-started', 0, []],
      ['Identity self-service', 30, 12, 'not-started', 0, [['MFA everywhere', 40]]],
    ],
  },
  {
    title: 'Data & Analytics',
    projects: [
      ['Data platform', 0, 18, 'on-track', 40, [['Lakehouse ready', 17]]],
      ['Finance dashboards', 18, 10, 'not-started', 0, [['QBR pack automated', 27]]],
      ['Customer 360', 12, 22, 'off-track', 15, []],
      ['Data governance office', 26, 20, 'not-started', 0, []],
    ],
  },
  {
    title: 'Customer Platforms',
    projects: [
      ['Web shop checkout', 2, 12, 'on-track', 55, [['Checkout A/B test', 10]]],
      ['Mobile app 3.0', 8, 24, 'at-risk', 20, [['Beta in stores', 26]]],
      ['CRM migration', 20, 26, 'not-started', 0, [['Cut-over weekend', 45]]],
      ['Support chatbot', 32, 10, 'not-started', 0, []],
    ],
  },
  {
    title: 'Infrastructure & Security',
    projects: [
      [
        'Data centre exit',
        0,
        30,
        'on-track',
        35,
        [
          ['Wave 1 migrated', 12],
          ['Contract end', 29],
        ],
      ],
      ['Zero-trust network', 10, 20, 'at-risk', 10, []],
      ['Backup modernisation', 34, 14, 'not-started', 0, [['Restore drill passed', 47]]],
    ],
  },
];

const TEAMS: Array<{ name: string; people: Array<[string, string, number, string]> }> = [
  {
    name: 'Platform',
    people: [
      ['Astrid Lindqvist', 'Architect', 40, '#3b6fd8'],
      ['Mikkel Sørensen', 'Cloud engineer', 40, '#0f9d8a'],
      ['Priya Nair', 'Security engineer', 32, '#b35c1e'],
    ],
  },
  {
    name: 'Data',
    people: [
      ['Erik Johansson', 'Data engineer', 40, '#7b4bc4'],
      ['Freja Madsen', 'Analyst', 30, '#c2417a'],
    ],
  },
  {
    name: 'Delivery',
    people: [
      ['Sam Carter', 'Project manager', 40, '#2f7d32'],
      ['Ingrid Berg', 'Product owner', 40, '#a07a12'],
      ['Lars Nielsen', 'Backend developer', 40, '#4d6275'],
    ],
  },
];

function newBoard(name: string): BoardJson {
  return emptyBoardJson(SCHEMA_VERSION, name, { name, fiscalYearStartMonth: 1, weekStartsOn: 1 });
}

/** Strategic goals of the demo portfolio and the projects that serve each. */
const GOALS: Array<[title: string, color: string, description: string, projects: string[]]> = [
  [
    'Cut run costs by 15%',
    '#2f7d32',
    'Lower the yearly cost of running IT.',
    ['Data centre exit', 'Backup modernisation', 'Laptop refresh wave 2'],
  ],
  [
    'Decisions on trusted data',
    '#7b4bc4',
    'One version of the numbers for every steering meeting.',
    ['Data platform', 'Finance dashboards', 'Data governance office'],
  ],
  [
    'Customer experience NPS +10',
    '#c2417a',
    'Faster, friendlier digital journeys.',
    ['Web shop checkout', 'Mobile app 3.0', 'Customer 360', 'Support chatbot'],
  ],
  [
    'Secure by default',
    '#b35c1e',
    'Zero-trust access and resilient operations.',
    ['Zero-trust network', 'Identity self-service'],
  ],
  ['Hybrid work at its best', '#3b6fd8', 'No goal items yet: to be planned in the next workshop.', []],
];

function goalsFor(project: string, goals: ReadonlyMap<string, string>): string[] {
  return GOALS.filter(([, , , projects]) => projects.includes(project)).flatMap(([title]) => goals.get(title) ?? []);
}

/** A realistic IT portfolio spread over four quarters from the quarter holding `today`. */
export function itPortfolioTemplate(today: IsoDate, name = 'IT PMO portfolio'): BoardJson {
  const origin = mondayOf(fiscalQuarterStart(today));
  const week = (n: number) => addDays(origin, n * 7);
  const board: BoardJson = newBoard(name);
  const keys = orderKeys(64);
  const key = (n: number) => keys[n] ?? 'a0';
  const goals = new Map<string, string>();
  GOALS.forEach(([title, color, description], g) => {
    const id = newId('goal');
    goals.set(title, id);
    board.goals.push({ id, title, color, description, order: key(g) });
  });
  const people: string[] = [];
  TEAMS.forEach((team, t) => {
    const teamId = newId('team');
    board.teams.push({ id: teamId, name: team.name, order: key(t) });
    for (const [personName, role, hours, color] of team.people) {
      const id = newId('person');
      people.push(id);
      board.people.push({ id, name: personName, role, teamId, capacityHoursPerWeek: hours, color });
    }
  });
  const portfolioId = newId('item');
  board.items.push({
    id: portfolioId,
    kind: 'portfolio',
    title: 'IT portfolio',
    parentId: null,
    laneId: null,
    start: week(0),
    end: addDays(week(52), -1),
    status: 'on-track',
    progress: 20,
    ownerId: people[5] ?? null,
    order: key(0),
    notes: 'All IT change for the next four quarters.',
  });
  const projectIds = new Map<string, string>();
  PROGRAMS.forEach((program, p) => {
    const laneId = newId('lane');
    board.lanes.push({ id: laneId, title: program.title, order: key(p), groupBy: null });
    const programId = newId('item');
    const spans = program.projects.map(([, s, w]) => [s, s + w] as const);
    const first = Math.min(...spans.map(([s]) => s));
    const last = Math.max(...spans.map(([, e]) => e));
    board.items.push({
      id: programId,
      kind: 'program',
      title: program.title,
      parentId: portfolioId,
      laneId,
      start: week(first),
      end: addDays(week(last), -1),
      status: 'on-track',
      progress: 0,
      ownerId: people[(p * 3) % people.length] ?? null,
      order: key(0),
    });
    program.projects.forEach(([title, startWeek, weeks, status, progress, milestones], i) => {
      const id = newId('item');
      projectIds.set(title, id);
      const ownerId = people[(p + i * 2) % people.length] ?? null;
      const goalIds = goalsFor(title, goals);
      const order = key(i * 4 + 1);
      const parentId = programId;
      board.items.push(
        projectItem(week, { id, title, parentId, laneId, startWeek, weeks, status, progress, ownerId, goalIds, order }),
      );
      milestones.forEach(([mTitle, mWeek], m) => {
        const day = addDays(week(mWeek), 3);
        board.items.push({
          id: newId('item'),
          kind: 'milestone',
          title: mTitle,
          parentId: id,
          laneId,
          start: day,
          end: day,
          status: status === 'done' ? 'done' : 'not-started',
          progress: 0,
          ownerId,
          order: key(i * 4 + 2 + m),
        });
      });
      if (ownerId)
        board.assignments.push({
          id: newId('assignment'),
          itemId: id,
          personId: ownerId,
          role: '',
          hoursPerWeek: 8 + ((i * 7) % 17),
        });
    });
  });
  const link = (from: string, to: string, lagDays = 0) => {
    const a = projectIds.get(from);
    const b = projectIds.get(to);
    if (a && b) board.deps.push({ id: newId('dep'), from: a, to: b, type: 'FS', lagDays });
  };
  link('Data platform', 'Finance dashboards');
  link('Data platform', 'Customer 360', -14);
  link('Customer 360', 'CRM migration');
  link('Intranet replatforming', 'Collaboration suite rollout', 0);
  link('Zero-trust network', 'Identity self-service');
  link('Data centre exit', 'Backup modernisation', 14);
  const crm = projectIds.get('CRM migration');
  if (crm)
    board.assignments.push({
      id: newId('assignment'),
      itemId: crm,
      personId: null,
      role: 'Integration developer',
      hoursPerWeek: 20,
    });
  return board;
}

export function emptyTemplate(name = 'Untitled board'): BoardJson {
  const board: BoardJson = newBoard(name);
  const keys = orderKeys(3);
  ['Now', 'Next', 'Later'].forEach((title, i) => {
    board.lanes.push({ id: newId('lane'), title, order: keys[i], groupBy: null });
  });
  return board;
}

export function templateBoard(id: TemplateId, today: IsoDate, name?: string): BoardJson {
  if (id === 'it-portfolio') return itPortfolioTemplate(today, name);
  if (id === 'business-pmo') return businessPmoTemplate(today, name);
  return emptyTemplate(name);
}
