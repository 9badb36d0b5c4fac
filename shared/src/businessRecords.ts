/**
 * The business template's measures: the benefits its projects are to bring (KPIs), the
 * risks a steering group watches, and one kickoff filled in as an example.
 */
import type { BusinessContext } from './businessTemplate.js';
import { addDays } from './dates.js';
import { newId } from './ids.js';
import { PROJECT_KICKOFF_AGENDA } from './kickoff.js';
import { kickoffIdFor } from './kickoffLinks.js';
import { orderKeys } from './order.js';
import { type RaciValue, raciCellId } from './raci.js';

/** Benefits as KPIs: project, name, unit, baseline, target, due week, values measured so far. */
const BENEFITS: Array<[string, string, string, number, number, number, number[]]> = [
  ['Finance shared service centre', 'Cost per invoice', 'DKK', 42, 25, 52, [42, 40]],
  ['Procurement process harmonisation', 'Spend under contract', '%', 55, 85, 48, [55]],
  ['Pricing and packaging review', 'Price realisation', '%', 92, 97, 40, []],
  ['Hybrid work policy', 'Employee engagement', 'score', 68, 75, 30, [68, 70]],
  ['CSRD sustainability reporting', 'Emissions data covered', '%', 40, 100, 48, [40, 52]],
];

/** Risks: project, title, probability, impact, owner (index into people), status, mitigation. */
const RISKS: Array<[string, string, number, number, number, 'open' | 'mitigating', string]> = [
  [
    'Finance shared service centre',
    'ERP vendor delays the finance module',
    3,
    5,
    2,
    'mitigating',
    'Fixed-date clause; fallback on manual journals for one quarter',
  ],
  [
    'Hybrid work policy',
    'Works council objects to the policy',
    2,
    4,
    3,
    'open',
    'Council in the working group from the start',
  ],
  [
    'CSRD sustainability reporting',
    'Emissions data not audit-ready',
    4,
    4,
    6,
    'open',
    'Dry-run audit on last year’s data',
  ],
  [
    'Pricing and packaging review',
    'Sales resist the new price lists',
    3,
    2,
    4,
    'open',
    'Sales leads co-design the packages',
  ],
];

export function addBenefitsAndRisks(ctx: BusinessContext): void {
  const { board, week, people } = ctx;
  BENEFITS.forEach(([project, name, unit, baseline, target, due, measured], k) => {
    const itemId = ctx.projects.get(project)?.id ?? null;
    const history = Object.fromEntries(measured.map((v, m) => [addDays(week(-4 * (measured.length - m)), 4), v]));
    const ownerId = people[(k + 2) % people.length] ?? null;
    board.kpis.push({
      id: newId('kpi'),
      name,
      unit,
      baseline,
      target,
      dueDate: week(due),
      ownerId,
      itemId,
      history,
      order: ctx.key(k),
    });
  });
  RISKS.forEach(([project, title, probability, impact, owner, status, mitigation], r) => {
    const itemIds = [ctx.projects.get(project)?.id].filter((id): id is string => !!id);
    board.risks.push({
      id: newId('risk'),
      title,
      probability,
      impact,
      ownerId: people[owner] ?? null,
      status,
      mitigation,
      itemIds,
      order: ctx.key(r),
    });
  });
}

/** Deliverables of the example kickoff: title, the milestone it ends in (if any), RACI by column. */
type DeliverableSpec = [title: string, milestone: string | null, raci: Record<string, RaciValue>];

/**
 * The example kickoff of the business template, filled in as a kickoff meeting leaves
 * it: every readiness check passes and every RACI row keeps its rules. People are named
 * by their place in the template's list (4 = the project's owner, Maja Holm).
 */
export function businessKickoff(ctx: BusinessContext, projectTitle: string): void {
  const project = ctx.projects.get(projectTitle);
  if (!project) return;
  const { board, week, people } = ctx;
  const [helle, jonas, sofie, , maja, emil] = people as [string, string, string, string, string, string];
  const kickoffId = kickoffIdFor(project.id);
  // one key per record of the longest list (nine stakeholders), and room to spare
  const keys = orderKeys(12);
  const key = (n: number) => keys[n] ?? 'a0';
  board.kickoffs.push({
    id: kickoffId,
    itemId: project.id,
    purpose:
      'A business customer should be trading with us within a week of signing, not a month: one digital journey instead of five forms and three phone calls.',
    sponsor: { name: 'Karin Vestergaard, Chief Customer Officer' },
    budgetOwner: { personId: sofie },
    assumptions: 'The CRM upgrade is live before the pilot.\nCustomer service can release two key users per region.\n',
    constraints: 'Budget 4.5 MDKK.\nNo change to credit policy.\nGDPR: identity documents are kept 5 years at most.\n',
    agenda: PROJECT_KICKOFF_AGENDA.map((step) => ({ ...step })),
  });
  const part =
    (collection: 'objectives' | 'scope' | 'activities' | 'stakeholders', kind: Parameters<typeof newId>[0]) =>
    (fields: Record<string, unknown>, n: number) => {
      const id = newId(kind);
      board[collection].push({ id, kickoffId, ...fields, order: key(n) });
      return id;
    };
  const objective = part('objectives', 'objective');
  objective(
    {
      text: 'Onboard business customers in a week',
      measure: 'Days from signed contract to first order',
      target: '≤ 7 days',
      date: week(36),
    },
    0,
  );
  objective({ text: 'Make the start a good experience', measure: 'Onboarding NPS', target: '≥ 45', date: week(40) }, 1);
  objective(
    {
      text: 'Cut the cost of onboarding',
      measure: 'Internal hours per new customer',
      target: '≤ 3 hours',
      date: week(44),
    },
    2,
  );
  const scope = part('scope', 'scope');
  [
    'Digital onboarding journey for business customers',
    'Identity and credit checks built in',
    'Customer service playbook',
  ].forEach((text, n) => {
    scope({ text, side: 'in' }, n);
  });
  ['Private customers', 'Changes to credit policy'].forEach((text, n) => {
    scope({ text, side: 'out' }, n);
  });
  const deliverables: DeliverableSpec[] = [
    ['Onboarding journey designed', null, { [maja]: 'A', [emil]: 'R', [jonas]: 'C', 'Customer panel': 'C' }],
    ['Pilot live in the Nordic region', 'Pilot region live', { [maja]: 'A', [jonas]: 'R', [emil]: 'R', [sofie]: 'I' }],
    [
      'Rollout to all regions',
      'All regions live',
      { [maja]: 'A', [jonas]: 'R', 'Customer service': 'R', Sponsor: 'I' },
    ],
    ['Customer service trained', null, { [maja]: 'A', 'Customer service': 'R', [jonas]: 'C' }],
  ];
  const cell = (row: string, column: string, value: RaciValue) =>
    board.raci.push({ id: raciCellId(row, column), kickoffId, row, column, value });
  deliverables.forEach(([title, milestone, raci], n) => {
    const id = newId('deliverable');
    const milestoneId = milestone ? (project.milestones.get(milestone) ?? null) : null;
    board.deliverables.push({ id, kickoffId, title, itemIds: [project.id], milestoneId, order: key(n) });
    for (const [column, value] of Object.entries(raci)) cell(id, column, value);
  });
  const activity = part('activities', 'activity');
  const approve = activity({ title: 'Approve the business case' }, 0);
  const dpia = activity({ title: 'Data protection impact assessment' }, 1);
  cell(approve, 'Sponsor', 'A');
  cell(approve, sofie, 'R');
  cell(approve, helle, 'C');
  cell(dpia, helle, 'A');
  cell(dpia, emil, 'R');
  cell(dpia, 'Data protection officer', 'C');
  const stakeholder = part('stakeholders', 'stakeholder');
  [
    { personId: maja },
    { personId: jonas },
    { personId: emil },
    { personId: sofie },
    { personId: helle },
    { name: 'Karin Vestergaard', organisation: 'Executive board', role: 'Sponsor' },
    { name: 'Customer service team leads', role: 'Customer service' },
    { name: 'Anne Juhl', organisation: 'Customer advisory panel', role: 'Customer panel' },
    { name: 'Lena Friis', organisation: 'Legal', role: 'Data protection officer' },
  ].forEach((fields, n) => {
    stakeholder(fields, n);
  });
  board.decisions.push(
    {
      id: newId('decision'),
      kickoffId,
      date: addDays(week(0), 1),
      decision: 'Pilot in the Nordic region before the rest',
      decidedBy: { name: 'Steering group' },
      order: key(0),
    },
    {
      id: newId('decision'),
      kickoffId,
      date: addDays(week(0), 1),
      decision: 'Identity checks bought, not built',
      decidedBy: { personId: maja },
      order: key(1),
    },
  );
  board.kpis.push({
    id: newId('kpi'),
    name: 'Days to onboard a business customer',
    unit: 'days',
    baseline: 28,
    target: 7,
    dueDate: week(36),
    ownerId: maja,
    itemId: project.id,
    kickoffId,
    history: { [addDays(week(-8), 4)]: 29, [addDays(week(-4), 4)]: 27 },
    order: key(6),
  });
  board.kpis.push({
    id: newId('kpi'),
    name: 'Onboarding NPS',
    unit: '',
    baseline: 21,
    target: 45,
    dueDate: week(40),
    ownerId: maja,
    itemId: project.id,
    kickoffId,
    history: { [addDays(week(-4), 4)]: 21 },
    order: key(7),
  });
  board.risks.push(
    {
      id: newId('risk'),
      title: 'Key users unavailable in peak season',
      probability: 4,
      impact: 4,
      ownerId: jonas,
      mitigation: 'Book key users before the season plan is set',
      status: 'mitigating',
      itemIds: [project.id],
      kickoffId,
      order: key(6),
    },
    {
      id: newId('risk'),
      title: 'Legacy CRM data too poor to migrate',
      probability: 3,
      impact: 3,
      ownerId: emil,
      mitigation: 'Data quality sprint in the first month',
      status: 'open',
      itemIds: [project.id],
      kickoffId,
      order: key(7),
    },
  );
}
