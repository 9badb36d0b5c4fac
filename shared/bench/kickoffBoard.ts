/**
 * The big kickoff both benches open (shared: the pure functions; e2e: the page in
 * Chromium): 40 deliverables (each with its milestone), 20 people in a fully filled RACI
 * matrix (800 cells), 30 KPIs with a year of monthly values, 50 risks, on a board of
 * 2,000 other items.
 */
import {
  type BoardJson,
  emptyBoardJson,
  kickoffIdFor,
  milestoneIdFor,
  newId,
  orderKeys,
  raciCellId,
  SCHEMA_VERSION,
} from '../src/index.js';

export const DELIVERABLES = 40;
export const PEOPLE = 20;
export const KPIS = 30;
export const RISKS = 50;
export const OTHER_ITEMS = 2000;

function day(offset: number): string {
  return new Date(Date.UTC(2026, 0, 5) + offset * 86_400_000).toISOString().slice(0, 10);
}

export function kickoffBenchBoard(): BoardJson {
  const json = emptyBoardJson(SCHEMA_VERSION, 'Kickoff bench', {});
  const keys = orderKeys(Math.max(OTHER_ITEMS, 100));
  const key = (n: number) => keys[n] ?? 'a0';
  const people = Array.from({ length: PEOPLE }, () => newId('person'));
  people.forEach((id, i) => {
    const timeOff = i % 4 === 0 ? [{ start: day(150 + i), end: day(170 + i) }] : [];
    json.people.push({ id, name: `Person ${i + 1}`, role: `Role ${i % 6}`, timeOff });
  });
  const project = newId('item');
  json.items.push({ id: project, title: 'Big change', start: day(0), end: day(364), ownerId: people[0] });
  const kickoffId = kickoffIdFor(project);
  json.kickoffs.push({ id: kickoffId, itemId: project, sponsor: { personId: people[1] }, purpose: 'Change' });
  for (let i = 0; i < OTHER_ITEMS; i++) {
    const start = (i * 7) % 330;
    json.items.push({
      id: newId('item'),
      title: `Task ${i}`,
      kind: 'task',
      start: day(start),
      end: day(start + 20),
      parentId: i < 200 ? project : null,
      order: key(i),
    });
  }
  const tasks = json.items.slice(1, 201).map((t) => String(t.id));
  for (let i = 0; i < 400; i++)
    json.assignments.push({
      id: newId('assignment'),
      itemId: tasks[i % tasks.length],
      personId: people[i % PEOPLE],
      hoursPerWeek: 8,
    });
  people.forEach((personId, i) => {
    json.stakeholders.push({ id: newId('stakeholder'), kickoffId, personId, order: key(i) });
  });
  for (let d = 0; d < DELIVERABLES; d++) {
    const id = newId('deliverable');
    const milestoneId = milestoneIdFor(id);
    const due = day(30 + d * 8);
    json.items.push({
      id: milestoneId,
      kind: 'milestone',
      title: `Deliverable ${d}`,
      start: due,
      end: due,
      parentId: project,
    });
    json.deliverables.push({
      id,
      kickoffId,
      title: `Deliverable ${d}`,
      itemIds: [tasks[d * 5], tasks[d * 5 + 1]],
      milestoneId,
      order: key(d),
    });
    people.forEach((column, p) => {
      const value = p === d % PEOPLE ? 'A' : p % 5 === 0 ? 'R' : p % 2 ? 'C' : 'I';
      json.raci.push({ id: raciCellId(id, column), kickoffId, row: id, column, value });
    });
  }
  for (let o = 0; o < 10; o++)
    json.objectives.push({
      id: newId('objective'),
      kickoffId,
      text: `Objective ${o}`,
      measure: 'm',
      target: 't',
      date: day(300),
      order: key(o),
    });
  for (let s = 0; s < 20; s++)
    json.scope.push({ id: newId('scope'), kickoffId, text: `Scope ${s}`, side: s % 3 ? 'in' : 'out', order: key(s) });
  for (let k = 0; k < KPIS; k++) {
    const history = Object.fromEntries(Array.from({ length: 12 }, (_, m) => [day(m * 30), 50 + m * (k % 3) - (k % 4)]));
    json.kpis.push({
      id: newId('kpi'),
      name: `KPI ${k}`,
      baseline: 50,
      target: 80,
      dueDate: day(360),
      ownerId: people[k % PEOPLE],
      itemId: project,
      kickoffId,
      history,
      order: key(k),
    });
  }
  for (let r = 0; r < RISKS; r++)
    json.risks.push({
      id: newId('risk'),
      title: `Risk ${r}`,
      probability: (r % 5) + 1,
      impact: ((r * 3) % 5) + 1,
      ownerId: people[r % PEOPLE],
      status: r % 7 ? 'open' : 'closed',
      itemIds: [project, tasks[r]],
      kickoffId,
      order: key(r),
    });
  return json;
}
