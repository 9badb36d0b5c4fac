import type { Comment } from '@planroom/shared';

/** "just now", "5 min ago", "3 h ago", else the date: how old a comment is, at a glance. */
export function ago(iso: string, now = Date.now()): string {
  const minutes = Math.floor((now - Date.parse(iso)) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  if (minutes < 24 * 60) return `${Math.floor(minutes / 60)} h ago`;
  return iso.slice(0, 10);
}

/** The text cut into plain runs and @mentions of people it names, for highlighting. */
export function mentionRuns(
  comment: Pick<Comment, 'text' | 'mentions'>,
  names: ReadonlyMap<string, string>,
): Array<{ text: string; mention: boolean }> {
  const tags = comment.mentions
    .map((id) => names.get(id))
    .filter((n): n is string => !!n)
    .map((n) => `@${n}`);
  if (!tags.length) return [{ text: comment.text, mention: false }];
  const escaped = tags.sort((a, b) => b.length - a.length).map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return comment.text
    .split(new RegExp(`(${escaped.join('|')})`, 'g'))
    .filter(Boolean)
    .map((text) => ({ text, mention: tags.includes(text) }));
}
