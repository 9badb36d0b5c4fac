import type { ItemKind, Status } from '../item.js';

type Parsed<T> = { value: T } | { reason: string };

const KIND_WORDS: Record<string, ItemKind> = {
  portfolio: 'portfolio',
  program: 'program',
  programme: 'program',
  project: 'project',
  task: 'task',
  activity: 'task',
  workpackage: 'task',
  milestone: 'milestone',
  gate: 'milestone',
};

const STATUS_WORDS: Record<string, Status> = {
  notstarted: 'not-started',
  todo: 'not-started',
  open: 'not-started',
  planned: 'not-started',
  new: 'not-started',
  ontrack: 'on-track',
  inprogress: 'on-track',
  green: 'on-track',
  started: 'on-track',
  atrisk: 'at-risk',
  amber: 'at-risk',
  yellow: 'at-risk',
  offtrack: 'off-track',
  red: 'off-track',
  late: 'off-track',
  blocked: 'off-track',
  done: 'done',
  complete: 'done',
  completed: 'done',
  closed: 'done',
  finished: 'done',
};

const words = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');

export function parseKind(text: string): Parsed<ItemKind> {
  const kind = KIND_WORDS[words(text)];
  return kind ? { value: kind } : { reason: `'${text}' is not a kind (program, project, task or milestone)` };
}

export function parseStatus(text: string): Parsed<Status> {
  const status = STATUS_WORDS[words(text)];
  return status
    ? { value: status }
    : { reason: `'${text}' is not a status (not started, on track, at risk, off track, done; or green, amber, red)` };
}

/** "40", "40%" or "40.5 %": a percentage from 0 to 100, rounded to a whole number. */
export function parseProgress(text: string): Parsed<number> {
  const m = /^(\d+(?:[.,]\d+)?)\s*%?$/.exec(text.trim());
  const n = m ? Number((m[1] ?? '').replace(',', '.')) : Number.NaN;
  if (!Number.isFinite(n)) return { reason: `'${text}' is not a percentage` };
  if (n > 100) return { reason: `'${text}' is more than 100%` };
  return { value: Math.round(n) };
}

/** An outline level: a whole number, 0 or more (MS Project's own summary row is 0). */
export function parseLevel(text: string): Parsed<number> {
  return /^\d{1,3}$/.test(text.trim())
    ? { value: Number(text.trim()) }
    : { reason: `'${text}' is not an outline level (a whole number such as 1, 2 or 3)` };
}
