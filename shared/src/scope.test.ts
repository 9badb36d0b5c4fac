import { describe, expect, it } from 'vitest';
import { kickoffSetup, stateOf, viewOf } from './kickoffTestkit.js';
import { addScopeEntry, deleteScopeEntry, moveScopeEntry, reorderScopeEntry, updateScopeEntry } from './scope.js';
import { countEvents } from './testkit.js';

function sides(doc: Parameters<typeof viewOf>[0], kickoff: string) {
  const view = viewOf(doc, kickoff);
  return { in: view.scopeIn.map((s) => s.text), out: view.scopeOut.map((s) => s.text) };
}

describe('scope', () => {
  it('keeps in and out as two ordered lists', () => {
    const { doc, kickoff } = kickoffSetup();
    addScopeEntry(doc, kickoff, { text: 'Portal' });
    addScopeEntry(doc, kickoff, { text: 'Mobile app', side: 'out' });
    addScopeEntry(doc, kickoff, { text: 'E-signing' });
    addScopeEntry(doc, kickoff, { text: 'Training' }, 0);
    expect(sides(doc, kickoff)).toEqual({ in: ['Training', 'Portal', 'E-signing'], out: ['Mobile app'] });
  });

  it('moves an entry across sides to a place, in one update, and reorders within a side', () => {
    const { doc, kickoff } = kickoffSetup();
    const portal = addScopeEntry(doc, kickoff, { text: 'Portal' });
    const signing = addScopeEntry(doc, kickoff, { text: 'E-signing' });
    addScopeEntry(doc, kickoff, { text: 'Mobile app', side: 'out' });
    addScopeEntry(doc, kickoff, { text: 'Call centre', side: 'out' });
    const events = countEvents(doc, () => moveScopeEntry(doc, signing, 'out', 1));
    expect(events.updates).toBe(1);
    expect(sides(doc, kickoff)).toEqual({ in: ['Portal'], out: ['Mobile app', 'E-signing', 'Call centre'] });
    moveScopeEntry(doc, signing, 'in', 0);
    expect(sides(doc, kickoff)).toEqual({ in: ['E-signing', 'Portal'], out: ['Mobile app', 'Call centre'] });
    reorderScopeEntry(doc, signing, 5);
    expect(sides(doc, kickoff).in).toEqual(['Portal', 'E-signing']);
    updateScopeEntry(doc, portal, { text: 'Self-service portal' });
    deleteScopeEntry(doc, signing);
    expect(sides(doc, kickoff)).toEqual({ in: ['Self-service portal'], out: ['Mobile app', 'Call centre'] });
  });

  it('refuses a side that is not in or out, writing nothing', () => {
    const { doc, kickoff } = kickoffSetup();
    const portal = addScopeEntry(doc, kickoff, { text: 'Portal' });
    const before = stateOf(doc);
    expect(() => moveScopeEntry(doc, portal, 'maybe' as never, 0)).toThrow('side must be one of in, out');
    expect(() => addScopeEntry(doc, kickoff, { text: '' })).toThrow('text must not be empty');
    expect(stateOf(doc)).toEqual(before);
  });
});
