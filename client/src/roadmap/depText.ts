import type { Dependency, DepType, Item, Violation } from '@planroom/shared';
import { violations } from '@planroom/shared';
import { translate } from '../i18n/translate';

/** "Finish to start", "Slut till start": a link type in the person's language. */
export const depTypeLabel = (type: DepType): string => translate(`dep.${type}`);

const plural = (n: number) => translate('bar.days', { count: n });

export function lagText(lagDays: number): string {
  if (lagDays === 0) return translate('dep.noLag');
  return lagDays > 0
    ? translate('dep.lag', { days: plural(lagDays) })
    : translate('dep.lead', { days: plural(-lagDays), lag: String(lagDays) });
}

/** Whether the link holds with the items' current dates (shared's rule), and if not why. */
export function violationOf(dep: Dependency, from: Item | undefined, to: Item | undefined): Violation | undefined {
  if (!from || !to) return undefined;
  return violations(
    new Map([
      [from.id, from],
      [to.id, to],
    ]),
    [dep],
  ).get(dep.id);
}

/** An arrow's tooltip: which items, how they are linked, and what is wrong if anything. */
export function depTooltip(dep: Dependency, from: Item, to: Item, violation: Violation | undefined): string {
  const lines = [`${from.title} → ${to.title}`, `${depTypeLabel(dep.type)} (${dep.type}), ${lagText(dep.lagDays)}`];
  if (violation) lines.push(translate('dep.broken', { title: to.title, message: violation.message }));
  return lines.join('\n');
}
