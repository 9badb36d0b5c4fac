import { describe, expect, it } from 'vitest';
import { kickoffSetup, stateOf, viewOf } from './kickoffTestkit.js';
import { addObjective, deleteObjective, reorderObjective, updateObjective } from './objective.js';

describe('objectives', () => {
  it('are added in order, at an index, edited, moved and deleted', () => {
    const { doc, kickoff } = kickoffSetup();
    const a = addObjective(doc, kickoff, { text: 'Onboard in a week' });
    const b = addObjective(doc, kickoff, { text: 'Fewer support calls' });
    const c = addObjective(doc, kickoff, { text: 'First first', measure: 'NPS', target: '+10', date: '2026-12-31' }, 0);
    const texts = () => viewOf(doc, kickoff).objectives.map((o) => o.id);
    expect(texts()).toEqual([c, a, b]);
    updateObjective(doc, a, { measure: 'Days to first invoice', target: '≤ 7', date: '2026-09-30' });
    expect(viewOf(doc, kickoff).objectives[1]).toMatchObject({ measure: 'Days to first invoice', target: '≤ 7' });
    reorderObjective(doc, c, 2);
    expect(texts()).toEqual([a, b, c]);
    deleteObjective(doc, b);
    expect(texts()).toEqual([a, c]);
  });

  it('refuses a bad date, an empty text or a kickoff that does not exist, writing nothing', () => {
    const { doc, kickoff } = kickoffSetup();
    const a = addObjective(doc, kickoff, { text: 'Onboard in a week' });
    const before = stateOf(doc);
    expect(() => updateObjective(doc, a, { date: '2026-02-30' })).toThrow('date must be a date like 2026-03-31');
    expect(() => updateObjective(doc, a, { text: '  ' })).toThrow('text must not be empty');
    expect(() => addObjective(doc, 'kickoff:gone', { text: 'x' })).toThrow(
      'kickoffId points at a kickoff that does not exist',
    );
    expect(() => updateObjective(doc, a, { kickoffId: kickoff } as never)).toThrow('stays in its kickoff');
    expect(stateOf(doc)).toEqual(before);
  });
});
