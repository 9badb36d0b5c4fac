import { type Assignment, type Balance, FULL_TIME_HOURS, type Person, weeklyHours } from '@planroom/shared';
import { numberFormat } from '../i18n/format';
import { percentText } from './loadScale';

/** Words and numbers of the resource view, kept apart so they can be tested as text. */

const MINUS = '\u2212';

/** Hours as people say them: "52", "14.4", "1,200". */
export function hoursText(hours: number): string {
  const rounded = Math.round(hours * 10) / 10;
  return numberFormat({ maximumFractionDigits: 1 }).format(Object.is(rounded, -0) ? 0 : rounded);
}

// in the person's locale ("14.4" / "14,4"); `numberFormat` keeps one formatter per precision
const fixedFormat = (digits: number) => numberFormat({ minimumFractionDigits: digits, maximumFractionDigits: digits });

/** A signed figure with a real minus sign: "−120", "+40", "0". */
export function signed(value: number, digits = 0): string {
  const factor = 10 ** digits;
  const rounded = Math.round(value * factor) / factor;
  if (rounded === 0) return fixedFormat(digits).format(0);
  return `${rounded < 0 ? MINUS : '+'}${fixedFormat(digits).format(Math.abs(rounded))}`;
}

/** Spare (+) or short (−) hours and FTE: "−120 h (−0.2 FTE)". */
export function balanceText(b: Balance): string {
  return `${signed(b.hours)} h (${signed(b.fte, 1)} FTE)`;
}

/** "Week 47: 52 h of 40 h (130%) — Data platform 24 h, CRM migration 28 h" */
export function loadTooltip(
  week: number,
  hours: number,
  capacity: number,
  items: ReadonlyArray<{ title: string; hours: number }>,
): string {
  const head =
    capacity <= 0
      ? hours > 0
        ? `Week ${week}: ${hoursText(hours)} h with no capacity (time off)`
        : `Week ${week}: time off`
      : `Week ${week}: ${hoursText(hours)} h of ${hoursText(capacity)} h (${percentText(hours / capacity)})`;
  const list = items.map((i) => `${i.title} ${hoursText(i.hours)} h`).join(', ');
  return list ? `${head} \u2014 ${list}` : head;
}

/** "Week 47: 20 h needed — CRM migration 20 h" (unstaffed demand has no capacity to compare with). */
export function demandTooltip(week: number, hours: number, items: ReadonlyArray<{ title: string; hours: number }>) {
  const list = items.map((i) => `${i.title} ${hoursText(i.hours)} h`).join(', ');
  const head = `Week ${week}: ${hoursText(hours)} h needed`;
  return list ? `${head} \u2014 ${list}` : head;
}

/** "24 h/week", or "50% (20 h/week)" for a share of the person's (or a full-time) week. */
export function amountText(a: Pick<Assignment, 'hoursPerWeek' | 'percent'>, person?: Person): string {
  if (a.hoursPerWeek !== null) return `${hoursText(a.hoursPerWeek)} h/week`;
  const hours = weeklyHours({ ...a, id: '', itemId: '', personId: null, role: '' }, person);
  return `${hoursText(a.percent ?? 0)}% (${hoursText(hours)} h/week)`;
}

/** Short form on a bar: "24 h", "50%". */
export function amountShort(a: Pick<Assignment, 'hoursPerWeek' | 'percent'>): string {
  return a.hoursPerWeek !== null ? `${hoursText(a.hoursPerWeek)} h` : `${hoursText(a.percent ?? 0)}%`;
}

/** "40 h/week", "32 h/week · part-time". */
export function capacityText(person: Pick<Person, 'capacityHoursPerWeek'>): string {
  const h = person.capacityHoursPerWeek;
  return `${hoursText(h)} h/week${h < FULL_TIME_HOURS ? ' \u00b7 part-time' : ''}`;
}

/** Demand for nobody yet is named by the role it needs. */
export function roleName(role: string): string {
  return role.trim() || 'Unnamed role';
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * What deleting a person does, in the confirmation's words: "Delete Lars Nielsen? 3
 * assignments become unstaffed demand; their 2 items keep going without an owner."
 */
export function deletePersonText(name: string, assignments: number, ownedItems: number): string {
  const parts: string[] = [];
  if (assignments) parts.push(`${plural(assignments, 'assignment becomes', 'assignments become')} unstaffed demand`);
  if (ownedItems) parts.push(`their ${plural(ownedItems, 'item keeps', 'items keep')} going without an owner`);
  const what = parts.length ? `${parts.join('; ')}.` : 'They have no assignments and own no items.';
  return `Delete ${name}? ${what.charAt(0).toUpperCase()}${what.slice(1)}`;
}

/** "Delete team Platform? Its 3 people stay on the board without a team." */
export function deleteTeamText(name: string, people: number): string {
  const what = people
    ? `Its ${plural(people, 'person stays', 'people stay')} on the board without a team.`
    : 'It has no people.';
  return `Delete team ${name}? ${what}`;
}
