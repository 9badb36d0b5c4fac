import { describe, expect, it } from 'vitest';
import { reasonOf } from './fields.js';
import { party, partyName, withExistingPerson } from './party.js';

describe('party', () => {
  it.each<[unknown, string | null]>([
    [{ personId: 'person:p1' }, null],
    [{ name: 'Steering group' }, null],
    [{ personId: 'item:p1' }, 'must name a person by a person id'],
    [{ name: '  ' }, 'must have a name that is not empty'],
    [{ name: 'x'.repeat(121) }, 'must have a name of at most 120 characters'],
    [
      { personId: 'person:p1', name: 'Both' },
      'must be { personId } for someone on the board or { name } for someone outside it',
    ],
    ['Anna', 'must be { personId } for someone on the board or { name } for someone outside it'],
    [{}, 'must be { personId } for someone on the board or { name } for someone outside it'],
  ])('%j: %s', (value, reason) => {
    expect(reasonOf(party, value)).toBe(reason);
  });

  it('reads a person who is gone as nobody, and names people and outsiders', () => {
    const people = new Map([['person:p1', { name: 'Anna Berg' }]]);
    expect(withExistingPerson({ personId: 'person:gone' }, people)).toBeNull();
    expect(withExistingPerson({ personId: 'person:p1' }, people)).toEqual({ personId: 'person:p1' });
    expect(partyName({ personId: 'person:p1' }, people)).toBe('Anna Berg');
    expect(partyName({ name: 'CFO office' }, people)).toBe('CFO office');
    expect(partyName(null, people)).toBeNull();
  });
});
