import { daysBetween, type Item, type Person } from '@planroom/shared';
import { translate } from '../i18n/translate';
import { statusInfo } from '../ui/icons';
import type { CriticalInfo } from './criticalCache';

const days = (n: number) => translate('bar.days', { count: n });

/** "Slack: 5 days", "Slack: none (critical)". */
export function slackText(info: CriticalInfo): string {
  return info.slack > 0 ? translate('bar.slack', { days: days(info.slack) }) : translate('bar.noSlack');
}

/** A bar's tooltip: what, when, how it goes, who, and its slack while the critical path is on. */
export function barTooltip(item: Item, owner: Person | undefined, critical: CriticalInfo | undefined): string {
  const status = statusInfo(item.status);
  const when =
    item.kind === 'milestone'
      ? translate('bar.milestoneOn', { date: item.start })
      : translate('bar.span', {
          start: item.start,
          end: item.end,
          days: days(daysBetween(item.start, item.end) + 1),
          progress: item.progress,
        });
  const lines = [item.title, `${status.label}: ${status.hint}`, when];
  if (owner) lines.push(translate('bar.owner', { name: owner.name }));
  if (critical) lines.push(slackText(critical));
  return lines.join('\n');
}
