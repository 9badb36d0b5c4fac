import { dateFormat } from '../i18n/format';
import type { VersionInfo } from '../sync/historyApi';

const REASONS: Record<VersionInfo['reason'], string> = {
  auto: 'Hourly version',
  named: 'Named version',
  left: 'When the last person left',
  'before-restore': 'Before a restore',
};

/** A version's name, or why it was taken when nobody named it. */
export function versionTitle(v: VersionInfo): string {
  return v.name ?? REASONS[v.reason];
}

const TIME_OPTIONS: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
};

export function versionTime(v: VersionInfo): string {
  const at = new Date(v.createdAt);
  return Number.isNaN(at.getTime()) ? v.createdAt : dateFormat(TIME_OPTIONS).format(at);
}

/** "Ana Lind, Bo Berg and 3 more": who was connected since the version before. */
export function versionPeople(v: VersionInfo): string {
  const names = [...new Set(v.people.map((p) => p.name))];
  if (!names.length) return 'Nobody connected';
  if (names.length <= 3) return names.join(', ');
  return `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`;
}
