import { type Assignment, FULL_TIME_HOURS } from '@planroom/shared';

/** An assignment asks for fixed hours a week or a percentage of the person's week. */
export type AmountUnit = 'hours' | 'percent';

export const unitOf = (a: Pick<Assignment, 'hoursPerWeek'>): AmountUnit =>
  a.hoursPerWeek !== null ? 'hours' : 'percent';

export const amountOf = (a: Pick<Assignment, 'hoursPerWeek' | 'percent'>): number => a.hoursPerWeek ?? a.percent ?? 0;

/**
 * A typed amount as a number: "24", "24.5", "24,5" (a decimal comma, as typed in Sweden
 * and Denmark), "50%" or "50 %". Null when it is not a number at all; the range is for
 * shared's validation to judge, so its reason is the one people see.
 */
export function parseAmount(text: string): number | null {
  const cleaned = text.trim().replace(/\s*%$/, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$|^-?\.\d+$/.test(cleaned)) return null;
  return Number(cleaned);
}

/** The fields to write for an amount in a unit (the other one cleared). */
export function amountPatch(unit: AmountUnit, value: number): Pick<Assignment, 'hoursPerWeek' | 'percent'> {
  return unit === 'hours' ? { hoursPerWeek: value, percent: null } : { hoursPerWeek: null, percent: value };
}

/**
 * The same work in the other unit, against the person's capacity (a full-time week for
 * unstaffed demand): 20 h of a 40-hour week is 50%. Percentages round to whole numbers,
 * hours to half hours, the steps the fields offer.
 */
export function convertAmount(
  a: Pick<Assignment, 'hoursPerWeek' | 'percent'>,
  to: AmountUnit,
  capacityHoursPerWeek = FULL_TIME_HOURS,
): Pick<Assignment, 'hoursPerWeek' | 'percent'> {
  if (unitOf(a) === to) return { hoursPerWeek: a.hoursPerWeek, percent: a.percent };
  const capacity = capacityHoursPerWeek > 0 ? capacityHoursPerWeek : FULL_TIME_HOURS;
  if (to === 'percent') return amountPatch('percent', Math.round(((a.hoursPerWeek ?? 0) / capacity) * 100));
  return amountPatch('hours', Math.round(((a.percent ?? 0) / 100) * capacity * 2) / 2);
}
