import type { Person, Team } from '@planroom/shared';
import { describe, expect, it } from 'vitest';
import { resourceRows, sameRows, sortRoles } from './resourceRows';

const team = (id: string, order: string): Team => ({ id, name: id, order });
const person = (id: string, name: string, teamId: string | null): Person => ({
  id,
  name,
  role: '',
  teamId,
  capacityHoursPerWeek: 40,
  color: '#000000',
  timeOff: [],
});

describe('resource rows', () => {
  const teams = [team('team:a', 'a0'), team('team:b', 'a1')];
  const people = [
    person('person:3', 'Cleo', 'team:a'),
    person('person:1', 'Anna', 'team:a'),
    person('person:2', 'Bo', null),
    person('person:4', 'Dan', 'team:gone'),
  ];

  it('lists teams with their people by name, then no team, then unstaffed roles', () => {
    const rows = resourceRows(teams, people, ['Tester', '', 'Architect']);
    expect(rows.map((r) => r.key)).toEqual([
      'team:team:a',
      'person:1',
      'person:3',
      'team:team:b',
      'team:none',
      'person:2',
      'person:4',
      'unstaffed',
      'role:Architect',
      'role:Tester',
      'role:',
    ]);
    expect(rows[0]).toMatchObject({ kind: 'team', memberIds: ['person:1', 'person:3'] });
    expect(rows[3]).toMatchObject({ kind: 'team', teamId: 'team:b', memberIds: [] });
  });

  it('has no "No team" lane when everyone has a team, and nothing at all on an empty board', () => {
    expect(resourceRows(teams, [people[0] as Person], []).map((r) => r.key)).toEqual([
      'team:team:a',
      'person:3',
      'team:team:b',
      'unstaffed',
    ]);
    expect(resourceRows([], [], [])).toEqual([]);
  });

  it('compares row lists by what they show', () => {
    const a = resourceRows(teams, people, ['X']);
    expect(sameRows(a, resourceRows(teams, [...people].reverse(), ['X']))).toBe(true);
    expect(sameRows(a, resourceRows(teams, people, ['Y']))).toBe(false);
    const moved = people.map((p) => (p.id === 'person:2' ? { ...p, teamId: 'team:b' } : p));
    expect(sameRows(a, resourceRows(teams, moved, ['X']))).toBe(false);
  });

  it('sorts roles with the unnamed one last', () => {
    expect(sortRoles(['b', '', 'a', 'b'])).toEqual(['a', 'b', '']);
  });
});
