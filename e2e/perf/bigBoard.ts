import { randomUUID } from 'node:crypto';

/** A seeded random source, so every run plans the same board. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

function day(base: number, offset: number): string {
  return new Date((base + offset) * 86_400_000).toISOString().slice(0, 10);
}

const id = (prefix: string) => `${prefix}:${randomUUID()}`;
const key = (n: number) => `c${n.toString(36).padStart(3, '0')}`; // 'c' + three digits: a valid fractional index

/**
 * Board JSON for a large portfolio: `lanes` lanes, `items` items spread over two years
 * around today (a program per lane, projects, milestones), `deps` finish-to-start links
 * between neighbouring projects. Written here, not imported: e2e talks to the app over HTTP.
 */
export function bigBoard(opts: { items: number; deps: number; lanes: number }): Record<string, unknown> {
  const rand = prng(2026);
  const today = Math.floor(Date.now() / 86_400_000);
  const lanes = Array.from({ length: opts.lanes }, (_, i) => ({
    id: id('lane'),
    title: `Team ${i + 1}`,
    order: key(i),
  }));
  const items: Array<Record<string, unknown>> = [];
  const statuses = ['not-started', 'on-track', 'at-risk', 'off-track', 'done'];
  for (let i = 0; i < opts.items; i++) {
    const lane = lanes[i % lanes.length] as { id: string };
    const start = Math.floor(rand() * 700) - 300;
    const milestone = rand() < 0.15;
    const length = milestone ? 0 : 5 + Math.floor(rand() * 80);
    items.push({
      id: id('item'),
      kind: milestone ? 'milestone' : 'project',
      title: `${milestone ? 'Milestone' : 'Project'} ${i + 1}`,
      laneId: lane.id,
      start: day(today, start),
      end: day(today, start + length),
      status: statuses[i % statuses.length],
      progress: Math.floor(rand() * 100),
      order: key(i),
    });
  }
  const byStart = [...items].sort((a, b) => String(a.start).localeCompare(String(b.start)));
  const deps: Array<Record<string, unknown>> = [];
  for (
    let i = 0;
    deps.length < opts.deps && i < byStart.length - 1;
    i += Math.max(1, Math.floor(byStart.length / opts.deps))
  ) {
    const from = byStart[i] as Record<string, unknown>;
    const to = byStart[i + 1 + Math.floor(rand() * 5)] ?? byStart[i + 1];
    if (to && to !== from) deps.push({ id: id('dep'), from: from.id, to: to.id, type: 'FS', lagDays: 0 });
  }
  return {
    schemaVersion: 1,
    name: `Scale ${opts.items}`,
    meta: { name: `Scale ${opts.items}` },
    items,
    lanes,
    deps,
    people: [],
    teams: [],
    assignments: [],
    goals: [],
  };
}
