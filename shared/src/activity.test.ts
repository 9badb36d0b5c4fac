import { describe, expect, it } from 'vitest';
import { addActivity, deleteActivity, reorderActivity, updateActivity } from './activity.js';
import { readBoard } from './board.js';
import { kickoffSetup, viewOf } from './kickoffTestkit.js';
import { setRaci } from './raci.js';

describe('activities', () => {
  it('are RACI rows in order; deleting one deletes its row of cells', () => {
    const { doc, kickoff, anna, bo } = kickoffSetup();
    const budget = addActivity(doc, kickoff, { title: 'Approve budget' });
    const tests = addActivity(doc, kickoff, { title: 'Run user tests' });
    reorderActivity(doc, tests, 0);
    updateActivity(doc, budget, { title: 'Approve the budget' });
    expect(viewOf(doc, kickoff).activities.map((a) => a.title)).toEqual(['Run user tests', 'Approve the budget']);
    setRaci(doc, kickoff, budget, bo, 'A');
    setRaci(doc, kickoff, tests, anna, 'R');
    deleteActivity(doc, budget);
    expect(readBoard(doc).raci.map((c) => c.row)).toEqual([tests]);
    expect(() => updateActivity(doc, tests, { title: '' })).toThrow('title must not be empty');
  });
});
