/** Up to two letters for an avatar: first and last name ("Astrid Lindqvist" → "AL"). */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return '?';
  const first = [...(words[0] as string)][0] ?? '';
  const last = words.length > 1 ? ([...(words.at(-1) as string)][0] ?? '') : '';
  return (first + last).toUpperCase();
}
