import { describe, expect, it } from 'vitest';
import { type Node, rollUps } from './hierarchy.js';

const node = (
  id: string,
  parentId: string | null,
  start: string,
  end: string,
  progress = 0,
  kind = 'project',
): Node => ({
  id,
  kind,
  parentId,
  start,
  end,
  progress,
});

describe('roll-up of spans and progress', () => {
  it('spans the children and weights progress by duration', () => {
    const r = rollUps([
      node('prog', null, '2026-01-01', '2026-01-01'),
      node('a', 'prog', '2026-01-01', '2026-01-10', 100), // 10 days done
      node('b', 'prog', '2026-01-11', '2026-02-09', 0), // 30 days not started
      node('m', 'prog', '2026-03-01', '2026-03-01', 0, 'milestone'),
    ]);
    expect(r.get('prog')).toEqual({ start: '2026-01-01', end: '2026-03-01', progress: 25, count: 3 });
  });

  it('rolls up through several levels', () => {
    const r = rollUps([
      node('portfolio', null, '2026-01-01', '2026-01-01'),
      node('program', 'portfolio', '2026-01-01', '2026-01-01'),
      node('p1', 'program', '2026-02-01', '2026-02-10', 50),
      node('t1', 'p1', '2026-01-15', '2026-01-24', 100),
      node('t2', 'p1', '2026-01-25', '2026-02-03', 0),
    ]);
    expect(r.get('p1')).toMatchObject({ start: '2026-01-15', end: '2026-02-03', progress: 50 });
    expect(r.get('portfolio')).toMatchObject({ start: '2026-01-15', end: '2026-02-03', progress: 50, count: 4 });
    expect(r.has('t1')).toBe(false);
  });

  it('counts a project whose children are only milestones with its own dates and progress', () => {
    const r = rollUps([
      node('program', null, '2026-01-01', '2026-01-01'),
      node('platform', 'program', '2026-01-05', '2026-04-30', 40),
      node('ready', 'platform', '2026-04-20', '2026-04-20', 0, 'milestone'),
      node('dashboards', 'program', '2026-05-04', '2026-07-10', 0),
    ]);
    expect(r.get('platform')).toEqual({ start: '2026-04-20', end: '2026-04-20', progress: 0, count: 1 });
    expect(r.get('program')).toMatchObject({ start: '2026-01-05', end: '2026-07-10', count: 3 });
    // 116 days at 40 %, 68 days at 0 %
    expect(r.get('program')?.progress).toBeCloseTo(25.2, 1);
  });

  it('averages when every child is a milestone, and survives a loop of parents', () => {
    const r = rollUps([
      node('p', null, '2026-01-01', '2026-01-01'),
      node('m1', 'p', '2026-05-01', '2026-05-01', 100, 'milestone'),
      node('m2', 'p', '2026-06-01', '2026-06-01', 0, 'milestone'),
    ]);
    expect(r.get('p')?.progress).toBe(50);
    const loop = rollUps([node('x', 'y', '2026-01-01', '2026-01-02'), node('y', 'x', '2026-01-03', '2026-01-04')]);
    expect(loop.size).toBeGreaterThan(0);
  });
});
