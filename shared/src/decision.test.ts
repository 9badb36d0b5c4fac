import { describe, expect, it } from 'vitest';
import { addDecision, deleteDecision, updateDecision } from './decision.js';
import { kickoffSetup, stateOf, viewOf } from './kickoffTestkit.js';
import { deletePerson } from './person.js';

describe('the decision log', () => {
  it('reads by date, then in the order entered', () => {
    const { doc, kickoff, anna } = kickoffSetup();
    addDecision(doc, kickoff, {
      date: '2026-03-10',
      decision: 'Pilot in Jutland first',
      decidedBy: { personId: anna },
    });
    addDecision(doc, kickoff, {
      date: '2026-03-02',
      decision: 'Portal before app',
      decidedBy: { name: 'Steering group' },
    });
    const third = addDecision(doc, kickoff, { date: '2026-03-10', decision: 'Budget capped at 2 MDKK' });
    expect(viewOf(doc, kickoff).decisions.map((d) => d.decision)).toEqual([
      'Portal before app',
      'Pilot in Jutland first',
      'Budget capped at 2 MDKK',
    ]);
    updateDecision(doc, third, { date: '2026-03-01' });
    expect(viewOf(doc, kickoff).decisions[0]?.id).toBe(third);
    deleteDecision(doc, third);
    expect(viewOf(doc, kickoff).decisions).toHaveLength(2);
  });

  it('refuses a decider who is not on the board; a deleted one stays named', () => {
    const { doc, kickoff, bo } = kickoffSetup();
    const before = stateOf(doc);
    expect(() =>
      addDecision(doc, kickoff, { date: '2026-03-10', decision: 'x', decidedBy: { personId: 'person:gone' } }),
    ).toThrow('decidedBy points at a person that does not exist');
    expect(() => addDecision(doc, kickoff, { date: 'soon', decision: 'x' })).toThrow('date must be a date');
    expect(stateOf(doc)).toEqual(before);
    addDecision(doc, kickoff, { date: '2026-03-10', decision: 'Go', decidedBy: { personId: bo } });
    deletePerson(doc, bo);
    expect(viewOf(doc, kickoff).decisions[0]?.decidedBy).toEqual({ name: 'Bo Nielsen' });
  });
});
