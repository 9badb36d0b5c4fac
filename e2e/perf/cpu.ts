import { readdirSync, readFileSync } from 'node:fs';

/** [pid, ppid, user plus system CPU time in ms] from /proc/<pid>/stat; null where unreadable. */
function stat(pid: number): [number, number, number] | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // fields after the command name (which may hold spaces) start at field 3; utime is 14
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    // USER_HZ is 100 on Linux
    return [pid, Number(fields[1]), (Number(fields[11]) + Number(fields[12])) * 10];
  } catch {
    return null;
  }
}

/** User plus system CPU time of a process (Linux /proc), in ms; NaN where unreadable. */
export function processCpuMs(pid: number | undefined): number {
  return pid === undefined ? Number.NaN : (stat(pid)?.[2] ?? Number.NaN);
}

/**
 * CPU time of every process under `root` (not root itself) but those under `skip`, in ms
 * (Linux /proc). Run from a perf script with the server skipped, that is Chromium: the
 * browser, its renderers and its GPU/compositor process. Unlike frame times it does not
 * grow when other work on a loaded machine keeps the page waiting.
 */
export function descendantsCpuMs(root: number, skip: ReadonlyArray<number | undefined> = []): number {
  const all = readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .map((d) => stat(Number(d)))
    .filter((s) => s !== null);
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of all) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const cpu = new Map(all.map(([pid, , ms]) => [pid, ms]));
  let total = 0;
  const stack = [...(children.get(root) ?? [])];
  while (stack.length) {
    const pid = stack.pop() as number;
    if (skip.includes(pid)) continue;
    total += cpu.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Chromium's CPU time so far, in ms, as seen from a perf script that started it and `server`. */
export const browserCpuMs = (serverPid: number | undefined): number => descendantsCpuMs(process.pid, [serverPid]);
