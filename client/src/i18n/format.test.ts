import { afterEach, describe, expect, it } from 'vitest';
import { dayText, numberFormat } from './format';
import { setLanguage } from './language';

afterEach(() => setLanguage('en'));

describe('formatting in the chosen language', () => {
  it('groups and separates numbers as each locale does', () => {
    const hours = (n: number) => numberFormat({ maximumFractionDigits: 1 }).format(n);
    expect(hours(1200.5)).toBe('1,200.5');
    setLanguage('sv');
    expect(hours(1200.5)).toBe('1\u00a0200,5');
    setLanguage('da');
    expect(hours(1200.5)).toBe('1.200,5');
  });

  it('writes a calendar day, day before month, whatever the time zone', () => {
    expect(dayText('2027-02-15')).toBe('15 Feb 2027');
    setLanguage('sv');
    expect(dayText('2027-02-15')).toBe('15 feb. 2027');
    setLanguage('da');
    expect(dayText('2027-02-15')).toBe('15. feb. 2027');
    expect(dayText('not a date')).toBe('not a date');
  });
});
