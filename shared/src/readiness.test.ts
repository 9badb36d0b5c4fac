import { describe, expect, it } from 'vitest';
import { readBoard } from './board.js';
import { addDeliverable, createDeliverableMilestone } from './deliverable.js';
import { deleteItem } from './item.js';
import { setBudgetOwner, setSponsor } from './kickoff.js';
import { kickoffSetup, viewOf } from './kickoffTestkit.js';
import { addObjective, updateObjective } from './objective.js';
import { setRaci } from './raci.js';
import { readiness, unmeasured } from './readiness.js';
import { addScopeEntry } from './scope.js';

function missing(setup: ReturnType<typeof kickoffSetup>): string[] {
  return readiness(viewOf(setup.doc, setup.kickoff), readBoard(setup.doc).items).gaps.map((g) => g.text);
}

describe('readiness', () => {
  it('lists what is missing in words, and the list shrinks as the kickoff is filled in', () => {
    const s = kickoffSetup();
    const { doc, kickoff, anna } = s;
    expect(missing(s)).toEqual([
      'No objectives yet',
      'Nothing is in scope yet',
      'Nothing is out of scope yet',
      'No deliverables yet',
      'No sponsor named',
      'No budget owner named',
      'No deliverable has its milestone on the roadmap yet',
    ]);
    const objective = addObjective(doc, kickoff, { text: 'Onboard in a week', measure: 'Days to onboard' });
    addScopeEntry(doc, kickoff, { text: 'Portal' });
    const portal = addDeliverable(doc, kickoff, { title: 'Portal', itemIds: [s.build] });
    setRaci(doc, kickoff, portal, anna, 'R');
    setSponsor(doc, kickoff, { personId: anna });
    expect(missing(s)).toEqual([
      'Objective “Onboard in a week” needs a target and a date',
      'Nothing is out of scope yet',
      'Deliverable “Portal” has no one Accountable',
      'No budget owner named',
      'No deliverable has its milestone on the roadmap yet',
    ]);
    updateObjective(doc, objective, { target: '7 days', date: '2026-09-30' });
    addScopeEntry(doc, kickoff, { text: 'Mobile app', side: 'out' });
    setRaci(doc, kickoff, portal, 'Finance', 'A');
    setBudgetOwner(doc, kickoff, { name: 'CFO office' });
    const milestone = createDeliverableMilestone(doc, portal);
    const done = readiness(viewOf(doc, kickoff), readBoard(doc).items);
    expect(done).toEqual({ ready: true, gaps: [], done: expect.any(Array) });
    expect(done.done).toHaveLength(7);
    deleteItem(doc, milestone);
    expect(missing(s)).toEqual(['No deliverable has its milestone on the roadmap yet']);
  });

  it('names each deliverable that lacks an A or an R, and points at it', () => {
    const s = kickoffSetup();
    const a = addDeliverable(s.doc, s.kickoff, { title: 'Portal' });
    const b = addDeliverable(s.doc, s.kickoff, { title: 'Training' });
    setRaci(s.doc, s.kickoff, b, s.bo, 'A');
    const gaps = readiness(viewOf(s.doc, s.kickoff), readBoard(s.doc).items).gaps.filter((g) => g.check === 'raci');
    expect(gaps).toEqual([
      { check: 'raci', recordId: a, text: 'Deliverable “Portal” has no one Accountable or Responsible' },
      { check: 'raci', recordId: b, text: 'Deliverable “Training” has no one Responsible' },
    ]);
  });

  it.each([
    [{ measure: '', target: '', date: null }, ['a measure', 'a target', 'a date']],
    [{ measure: 'NPS', target: ' ', date: null }, ['a target', 'a date']],
    [{ measure: 'NPS', target: '+10', date: '2026-12-31' }, []],
  ])('an objective %j lacks %j', (fields, lacks) => {
    expect(unmeasured({ id: 'obj:x', kickoffId: 'kickoff:x', text: 'x', order: 'a0', ...fields })).toEqual(lacks);
  });
});
