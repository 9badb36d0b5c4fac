/**
 * React keys for lines of a printout, which may repeat ("TBC" twice) and carry no id: the
 * text and how many times it came before, so a line keeps its key when another is added
 * before it.
 */
export function keyed<T>(items: readonly T[], text: (item: T) => string): Array<[key: string, item: T]> {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const t = text(item);
    const n = seen.get(t) ?? 0;
    seen.set(t, n + 1);
    return [`${n}:${t}`, item];
  });
}
