import { describe, expect, it } from 'vitest';
import {
  amountShort,
  amountText,
  balanceText,
  capacityText,
  deletePersonText,
  deleteTeamText,
  demandTooltip,
  hoursText,
  loadTooltip,
  roleName,
  signed,
} from './resourceText';

const person = {
  id: 'person:p',
  name: 'P',
  role: '',
  teamId: null,
  capacityHoursPerWeek: 32,
  color: '#000000',
  timeOff: [],
};

describe('resource text', () => {
  it.each([
    [52, '52'],
    [14.399999, '14.4'],
    [1200, '1,200'],
    [-0.01, '0'],
  ])('hours %s', (h, text) => expect(hoursText(h)).toBe(text));

  it.each([
    [-120.4, 0, '−120'],
    [40, 0, '+40'],
    [0.2, 0, '0'],
    [-0.24, 1, '−0.2'],
    [-0.04, 1, '0.0'],
  ])('signed %s', (v, digits, text) => expect(signed(v, digits)).toBe(text));

  it('says a balance in hours and FTE', () => {
    expect(balanceText({ demand: 600, capacity: 480, hours: -120, fte: -0.23 })).toBe('−120 h (−0.2 FTE)');
    expect(balanceText({ demand: 0, capacity: 40, hours: 40, fte: 0.08 })).toBe('+40 h (+0.1 FTE)');
  });

  it('writes the load tooltip with the items behind it', () => {
    expect(
      loadTooltip(47, 52, 40, [
        { title: 'Data platform', hours: 24 },
        { title: 'CRM migration', hours: 28 },
      ]),
    ).toBe('Week 47: 52 h of 40 h (130%) — Data platform 24 h, CRM migration 28 h');
    expect(loadTooltip(3, 0, 40, [])).toBe('Week 3: 0 h of 40 h (0%)');
    expect(loadTooltip(3, 0, 0, [])).toBe('Week 3: time off');
    expect(loadTooltip(3, 8, 0, [{ title: 'X', hours: 8 }])).toBe('Week 3: 8 h with no capacity (time off) — X 8 h');
    expect(demandTooltip(9, 20, [{ title: 'CRM migration', hours: 20 }])).toBe(
      'Week 9: 20 h needed — CRM migration 20 h',
    );
  });

  it('says amounts and capacity', () => {
    expect(amountText({ hoursPerWeek: 24, percent: null })).toBe('24 h/week');
    expect(amountText({ hoursPerWeek: null, percent: 50 }, person)).toBe('50% (16 h/week)');
    expect(amountText({ hoursPerWeek: null, percent: 50 })).toBe('50% (20 h/week)');
    expect(amountShort({ hoursPerWeek: null, percent: 50 })).toBe('50%');
    expect(capacityText({ capacityHoursPerWeek: 40 })).toBe('40 h/week');
    expect(capacityText({ capacityHoursPerWeek: 32 })).toBe('32 h/week · part-time');
    expect(roleName('  ')).toBe('Unnamed role');
  });

  it.each([
    [3, 2, 'Delete Lars Nielsen? 3 assignments become unstaffed demand; their 2 items keep going without an owner.'],
    [1, 0, 'Delete Lars Nielsen? 1 assignment becomes unstaffed demand.'],
    [0, 1, 'Delete Lars Nielsen? Their 1 item keeps going without an owner.'],
    [0, 0, 'Delete Lars Nielsen? They have no assignments and own no items.'],
  ])('delete confirmation with %s assignments and %s items', (a, i, text) => {
    expect(deletePersonText('Lars Nielsen', a, i)).toBe(text);
  });

  it('says what deleting a team does', () => {
    expect(deleteTeamText('Data', 2)).toBe('Delete team Data? Its 2 people stay on the board without a team.');
    expect(deleteTeamText('Data', 0)).toBe('Delete team Data? It has no people.');
  });
});
