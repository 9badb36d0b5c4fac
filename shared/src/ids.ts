/** Every entity id says what it points at: `item:…`, `lane:…`, `dep:…`. */
export const ID_PREFIXES = {
  item: 'item',
  lane: 'lane',
  dep: 'dep',
  person: 'person',
  team: 'team',
  assignment: 'asg',
  goal: 'goal',
  kickoff: 'kickoff',
  objective: 'obj',
  scope: 'scope',
  deliverable: 'dlv',
  activity: 'act',
  stakeholder: 'stk',
  decision: 'dec',
  raci: 'raci',
  kpi: 'kpi',
  risk: 'risk',
  comment: 'comment',
  /** A comment's author: a hash of the browser's secret key (comment.ts). */
  author: 'author',
  board: 'board',
  vote: 'vote',
  baseline: 'baseline',
} as const;

export type IdKind = keyof typeof ID_PREFIXES;

// `shared` runs in browsers and Node alike; both expose Web Crypto on globalThis.
declare const crypto: { randomUUID(): string };

/** "an item", "a lane": for messages people read. */
export function aKind(kind: string): string {
  return `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}`;
}

export function newId(kind: IdKind): string {
  return `${ID_PREFIXES[kind]}:${crypto.randomUUID()}`;
}

const ID_BODY = /^[A-Za-z0-9_-]{1,64}$/;

/** The part after the prefix: `item:abc` gives `abc`. */
export function idBody(id: string): string {
  return id.slice(id.indexOf(':') + 1);
}

export function isIdOf(kind: IdKind, value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const prefix = `${ID_PREFIXES[kind]}:`;
  return value.startsWith(prefix) && ID_BODY.test(value.slice(prefix.length));
}

/** Board ids travel in URLs, so they are plain url-safe strings without a colon. */
export function newBoardId(): string {
  return crypto.randomUUID().replaceAll('-', '').slice(0, 20);
}

export function isBoardId(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{6,64}$/.test(value);
}
