import { daysBetween, type Item, type Person } from '@planroom/shared';
import { STATUS_INFO } from '../ui/icons';
import type { CriticalInfo } from './criticalCache';

const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;

/** "Slack: 5 days", "Slack: none (critical)". */
export function slackText(info: CriticalInfo): string {
  return info.slack > 0 ? `Slack: ${days(info.slack)}` : 'Slack: none (on the critical path)';
}

/** A bar's tooltip: what, when, how it goes, who, and its slack while the critical path is on. */
export function barTooltip(item: Item, owner: Person | undefined, critical: CriticalInfo | undefined): string {
  const status = STATUS_INFO[item.status];
  const when =
    item.kind === 'milestone'
      ? `Milestone on ${item.start}`
      : `${item.start} → ${item.end} (${days(daysBetween(item.start, item.end) + 1)}) · ${item.progress}% done`;
  const lines = [item.title, `${status.label}: ${status.hint}`, when];
  if (owner) lines.push(`Owner: ${owner.name}`);
  if (critical) lines.push(slackText(critical));
  return lines.join('\n');
}
