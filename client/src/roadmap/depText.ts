import type { Dependency, DepType, Item, Violation } from '@planroom/shared';
import { violations } from '@planroom/shared';

export const DEP_TYPE_LABELS: Record<DepType, string> = {
  FS: 'Finish to start',
  SS: 'Start to start',
  FF: 'Finish to finish',
  SF: 'Start to finish',
};

const plural = (n: number) => `${n} day${Math.abs(n) === 1 ? '' : 's'}`;

export function lagText(lagDays: number): string {
  if (lagDays === 0) return 'no lag';
  return lagDays > 0 ? `lag ${plural(lagDays)}` : `lead ${plural(-lagDays)} (lag ${lagDays})`;
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
  const lines = [`${from.title} → ${to.title}`, `${DEP_TYPE_LABELS[dep.type]} (${dep.type}), ${lagText(dep.lagDays)}`];
  if (violation) lines.push(`Broken: ${to.title} ${violation.message}`);
  return lines.join('\n');
}
