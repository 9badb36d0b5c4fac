import { describe, expect, it } from 'vitest';
import { addActivity } from './activity.js';
import { readBoard } from './board.js';
import { addDecision } from './decision.js';
import { addDeliverable, createDeliverableMilestone } from './deliverable.js';
import { setBudgetOwner, setSponsor, updateKickoff } from './kickoff.js';
import { kickoffBrief, kickoffBriefFileName, kickoffBriefMarkdown } from './kickoffBrief.js';
import { kickoffSetup, viewOf } from './kickoffTestkit.js';
import { createKpi, recordKpiValue } from './kpi.js';
import { addObjective } from './objective.js';
import { setRaci } from './raci.js';
import { createRisk } from './risk.js';
import { addScopeEntry } from './scope.js';
import { addStakeholder } from './stakeholder.js';

const TODAY = '2026-03-10';

function markdownOf(setup: ReturnType<typeof kickoffSetup>): string {
  return kickoffBriefMarkdown(viewOf(setup.doc, setup.kickoff), readBoard(setup.doc), { today: TODAY });
}

/** A kickoff as a meeting leaves it: ready, with one RACI rule broken and a closed risk. */
function fullKickoff() {
  const setup = kickoffSetup();
  const { doc, kickoff, anna, bo, build } = setup;
  updateKickoff(doc, kickoff, {
    purpose: 'Customers trade with us within a week of signing.\n\nOne journey instead of five forms.',
    assumptions: '- The CRM upgrade is live before the pilot\n\n- Two key users per region\n',
    constraints: 'Budget 4.5 MDKK',
  });
  setSponsor(doc, kickoff, { name: 'Karin Vestergaard' });
  setBudgetOwner(doc, kickoff, { personId: bo });
  addObjective(doc, kickoff, {
    text: 'Onboard in a week',
    measure: 'Days from contract to first order',
    target: '≤ 7 days',
    date: '2026-06-26',
  });
  addScopeEntry(doc, kickoff, { text: 'Self-service portal' });
  addScopeEntry(doc, kickoff, { text: 'Private customers', side: 'out' });
  const portal = addDeliverable(doc, kickoff, { title: 'Portal live', itemIds: [build] });
  createDeliverableMilestone(doc, portal);
  const playbook = addDeliverable(doc, kickoff, { title: 'Service playbook' });
  const budget = addActivity(doc, kickoff, { title: 'Approve budget' });
  addStakeholder(doc, kickoff, { personId: anna });
  addStakeholder(doc, kickoff, { personId: bo, organisation: 'Finance' });
  addStakeholder(doc, kickoff, { name: 'Karin Vestergaard', role: 'Sponsor', organisation: 'Executive board' });
  setRaci(doc, kickoff, portal, anna, 'A');
  setRaci(doc, kickoff, portal, bo, 'R');
  setRaci(doc, kickoff, playbook, 'Sponsor', 'A');
  setRaci(doc, kickoff, playbook, anna, 'R');
  setRaci(doc, kickoff, budget, 'Sponsor', 'A');
  setRaci(doc, kickoff, budget, bo, 'C');
  const days = createKpi(doc, {
    name: 'Days to onboard',
    unit: 'days',
    baseline: 28,
    target: 7,
    dueDate: '2026-06-26',
    ownerId: anna,
    kickoffId: kickoff,
  });
  recordKpiValue(doc, days, '2026-03-06', 27);
  createKpi(doc, { name: 'Onboarding NPS', target: 45, kickoffId: kickoff });
  createRisk(doc, { title: 'Vendor late', probability: 3, impact: 4, kickoffId: kickoff });
  createRisk(doc, {
    title: 'Key users unavailable',
    probability: 4,
    impact: 4,
    ownerId: anna,
    status: 'mitigating',
    mitigation: 'Book key users early\nand remind them a week before',
    kickoffId: kickoff,
  });
  createRisk(doc, { title: 'Old news', probability: 5, impact: 5, status: 'closed', kickoffId: kickoff });
  createRisk(doc, { title: 'Data centre fire', probability: 1, impact: 5, kickoffId: kickoff });
  addDecision(doc, kickoff, {
    date: '2026-03-03',
    decision: 'Pilot in the Nordic region',
    decidedBy: { personId: anna },
  });
  addDecision(doc, kickoff, { date: '2026-03-05', decision: 'Identity checks bought, not built' });
  return setup;
}

describe('kickoffBriefMarkdown', () => {
  it('writes a full kickoff as one page of Markdown, risks by score and the newest decision first', () => {
    expect(markdownOf(fullKickoff())).toBe(FULL);
  });

  it('writes an empty kickoff without empty sections, saying what is still missing', () => {
    const md = markdownOf(kickoffSetup());
    expect(md).toBe(EMPTY);
    const headings = md.split('\n').filter((l) => l.startsWith('#'));
    expect(headings).toEqual([
      '# Kickoff: Customer onboarding',
      '## Objectives',
      '## Scope',
      '## Deliverables',
      '## People',
      '## Readiness',
    ]);
  });

  it('keeps pipes and line breaks of user text inside their table cell', () => {
    const setup = kickoffSetup();
    const { doc, kickoff, anna } = setup;
    const row = addDeliverable(doc, kickoff, { title: 'Design | build\nand test' });
    addStakeholder(doc, kickoff, { name: 'Ops', role: 'Ops | Support\nteam' });
    setRaci(doc, kickoff, row, anna, 'A');
    setRaci(doc, kickoff, row, 'Ops | Support\nteam', 'R');
    createKpi(doc, { name: 'Cost | case', unit: 'DKK', target: 10, kickoffId: kickoff });
    const md = markdownOf(setup);
    const rows = md.split('\n').filter((l) => l.startsWith('|'));
    const cells = (line: string) => line.split(/(?<!\\)\|/).length;
    expect(new Set(rows.slice(0, 3).map(cells)).size).toBe(1);
    expect(new Set(rows.slice(3).map(cells)).size).toBe(1);
    expect(rows.slice(0, 3)).toEqual([
      '|  | Ops \\| Support team | Anna Berg |',
      '| --- | :-: | :-: |',
      '| Design \\| build and test | R | A |',
    ]);
    expect(rows.at(-1)).toBe('| Cost \\| case | – | 10 DKK | No value measured yet; target 10 DKK |');
  });

  it('escapes what Markdown would read as markup at the start of a line and inside it', () => {
    const setup = kickoffSetup();
    const { doc, kickoff } = setup;
    updateKickoff(doc, kickoff, { purpose: '# Not a heading\n1. not a list\n*not bold* <b>nor html</b> &amp;' });
    addScopeEntry(doc, kickoff, { text: '- not a nested list' });
    addScopeEntry(doc, kickoff, { text: '> not a quote [nor a link](x)', side: 'out' });
    const md = markdownOf(setup);
    expect(md).toContain(
      '## Purpose\n\n\\# Not a heading\n\n1\\. not a list\n\n\\*not bold\\* \\<b\\>nor html\\</b\\> \\&amp;\n',
    );
    expect(md).toContain('### In scope\n\n- \\- not a nested list\n');
    expect(md).toContain('### Out of scope\n\n- \\> not a quote \\[nor a link\\](x)\n');
  });

  it('lists the five latest decisions, newest first, and how many the log holds before them', () => {
    const setup = kickoffSetup();
    for (let day = 1; day <= 7; day++)
      addDecision(setup.doc, setup.kickoff, { date: `2026-03-0${day}`, decision: `Decision ${day}` });
    const brief = kickoffBrief(viewOf(setup.doc, setup.kickoff), readBoard(setup.doc), { today: TODAY });
    expect(brief.decisions.map((d) => d.decision)).toEqual([7, 6, 5, 4, 3].map((n) => `Decision ${n}`));
    expect(brief.earlierDecisions).toBe(2);
    expect(markdownOf(setup)).toContain("- _and 2 earlier, in the kickoff's decision log_\n");
  });
});

describe('kickoffBriefFileName', () => {
  it.each([
    ['Customer onboarding redesign', 'kickoff-customer-onboarding-redesign.md'],
    ['CRM / ERP: phase 2!', 'kickoff-crm-erp-phase-2.md'],
    ['Kjær & Søn', 'kickoff-kjær-søn.md'],
    ['???', 'kickoff-brief.md'],
    ['x'.repeat(100), `kickoff-${'x'.repeat(60)}.md`],
  ])('names the file of “%s” %s', (title, name) => {
    expect(kickoffBriefFileName(title)).toBe(name);
  });
});

const FULL = `# Kickoff: Customer onboarding

Project, 2026-03-02 to 2026-06-26 · Owner: Anna Berg · Brief of 2026-03-10

## Purpose

Customers trade with us within a week of signing.

One journey instead of five forms.

## Objectives

- Onboard in a week: Days from contract to first order, ≤ 7 days by 2026-06-26

## Scope

### In scope

- Self-service portal

### Out of scope

- Private customers

## Deliverables

- Portal live: milestone 2026-04-10
- Service playbook (no milestone yet)

## People

- **Sponsor:** Karin Vestergaard
- **Budget owner:** Bo Nielsen

### Stakeholders

- Anna Berg, Project manager
- Bo Nielsen, Finance controller, Finance
- Karin Vestergaard, Sponsor, Executive board

## RACI

|  | Anna Berg | Bo Nielsen | Sponsor |
| --- | :-: | :-: | :-: |
| Portal live | A | R |  |
| Service playbook | R |  | A |
| Approve budget |  | C | A |

R = Responsible, A = Accountable, C = Consulted, I = Informed

**Rule issues**

- Portal live: Anna Berg is Accountable but has no assignment between 2026-03-02 and 2026-04-10
- Approve budget: No one is Responsible

## KPIs

| KPI | Current | Target | State |
| --- | --- | --- | --- |
| Days to onboard | 27 days | 7 days by 2026-06-26 | On track: 27 days, better than the baseline 28 days, target 7 days |
| Onboarding NPS | – | 45 | No value measured yet; target 45 |

## Open risks

- **Key users unavailable** (4×4 = 16, high, mitigating). Owner: Anna Berg. Mitigation: Book key users early
- **Vendor late** (3×4 = 12, medium). No owner. No mitigation yet
- **Data centre fire** (1×5 = 5, high). No owner. No mitigation yet

## Assumptions and constraints

### Assumptions

- The CRM upgrade is live before the pilot
- Two key users per region

### Constraints

- Budget 4.5 MDKK

## Recent decisions

- 2026-03-05: Identity checks bought, not built
- 2026-03-03: Pilot in the Nordic region (Anna Berg)

## Readiness

**Ready:** every kickoff check passes.
`;

const EMPTY = `# Kickoff: Customer onboarding

Project, 2026-03-02 to 2026-06-26 · Owner: Anna Berg · Brief of 2026-03-10

## Objectives

_None yet._

## Scope

_None yet._

## Deliverables

_None yet._

## People

- **Sponsor:** _not named yet_
- **Budget owner:** _not named yet_

## Readiness

**Still missing:**

- No objectives yet
- Nothing is in scope yet
- Nothing is out of scope yet
- No deliverables yet
- No sponsor named
- No budget owner named
- No deliverable has its milestone on the roadmap yet
`;
