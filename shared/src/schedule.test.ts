import { describe, expect, it } from 'vitest';
import { type Activity, checkLink, criticalPath, type Link, type Span, wouldCreateCycle } from './schedule.js';

const span = (id: string, start: string, end: string, milestone = false): Span => ({
  id,
  title: id,
  start,
  end,
  milestone,
});
const link = (from: string, to: string, type: Link['type'] = 'FS', lagDays = 0): Link => ({ from, to, type, lagDays });

describe('link violations for all four types with lag', () => {
  const platform = span('Data platform', '2026-03-02', '2026-03-10');
  it.each([
    // [type, lag, successor start, successor end, expected days short or null]
    ['FS', 0, '2026-03-11', '2026-03-20', null],
    ['FS', 0, '2026-03-07', '2026-03-20', 4],
    ['FS', 3, '2026-03-13', '2026-03-20', 1],
    ['FS', -2, '2026-03-09', '2026-03-20', null],
    ['SS', 0, '2026-03-02', '2026-03-05', null],
    ['SS', 5, '2026-03-05', '2026-03-20', 2],
    ['FF', 0, '2026-03-01', '2026-03-08', 2],
    ['FF', 2, '2026-03-01', '2026-03-12', null],
    ['SF', 0, '2026-02-20', '2026-03-01', null],
    ['SF', 3, '2026-02-20', '2026-03-02', 2],
  ] as const)('%s lag %i, successor %s..%s', (type, lag, start, end, short) => {
    const v = checkLink(link('Data platform', 'x', type, lag), platform, span('x', start, end));
    expect(v?.days ?? null).toBe(short);
  });

  it('says what is wrong in words', () => {
    const v = checkLink(link('a', 'b'), platform, span('Dashboards', '2026-03-07', '2026-03-20'));
    expect(v?.message).toBe('starts 4 days before Data platform ends');
    const lagged = checkLink(link('a', 'b', 'FS', 3), platform, span('Dashboards', '2026-03-13', '2026-03-20'));
    expect(lagged?.message).toBe('starts 1 day too early: it may start 3 days after Data platform ends');
    const ff = checkLink(link('a', 'b', 'FF'), platform, span('QA', '2026-03-01', '2026-03-08'));
    expect(ff?.message).toBe('ends 2 days before Data platform ends');
  });

  it('treats a milestone as a point in time', () => {
    const golive = span('Go-live', '2026-03-10', '2026-03-10', true);
    expect(checkLink(link('a', 'b'), golive, span('Hypercare', '2026-03-10', '2026-03-20'))).toBeNull();
    expect(checkLink(link('a', 'b'), platform, golive)?.days).toBe(1);
  });
});

describe('cycle refusal', () => {
  const links = [link('a', 'b'), link('b', 'c'), link('c', 'd'), link('x', 'y')];
  it.each([
    ['d', 'a', true],
    ['c', 'b', true],
    ['a', 'a', true],
    ['a', 'd', false],
    ['y', 'a', false],
    ['d', 'x', false],
  ])('%s -> %s closes a loop: %s', (from, to, loop) => {
    expect(wouldCreateCycle(links, from, to)).toBe(loop);
  });
});

describe('critical path (textbook networks)', () => {
  it('finds A-B-D-F with slack 6 on the short branch', () => {
    const acts: Activity[] = [
      { id: 'A', duration: 3 },
      { id: 'B', duration: 4 },
      { id: 'C', duration: 2 },
      { id: 'D', duration: 5 },
      { id: 'E', duration: 1 },
      { id: 'F', duration: 2 },
    ];
    const r = criticalPath(acts, [
      link('A', 'B'),
      link('A', 'C'),
      link('B', 'D'),
      link('C', 'E'),
      link('D', 'F'),
      link('E', 'F'),
    ]);
    expect(r.finish).toBe(14);
    expect([...r.critical].sort()).toEqual(['A', 'B', 'D', 'F']);
    expect(r.slack.get('C')).toBe(6);
    expect(r.slack.get('E')).toBe(6);
    expect(r.es.get('F')).toBe(12);
    expect(r.ls.get('C')).toBe(9);
  });

  it('handles start-to-start, finish-to-finish and start-to-finish links with lags', () => {
    const ss = criticalPath(
      [
        { id: 'A', duration: 10 },
        { id: 'B', duration: 5 },
        { id: 'C', duration: 3 },
      ],
      [link('A', 'B', 'SS', 2), link('A', 'C')],
    );
    expect(ss.finish).toBe(13);
    expect(ss.es.get('B')).toBe(2);
    expect(ss.slack.get('B')).toBe(6);
    expect([...ss.critical].sort()).toEqual(['A', 'C']);

    const ff = criticalPath(
      [
        { id: 'A', duration: 5 },
        { id: 'B', duration: 3 },
      ],
      [link('A', 'B', 'FF', 2)],
    );
    expect(ff.es.get('B')).toBe(4);
    expect(ff.finish).toBe(7);
    expect([...ff.critical].sort()).toEqual(['A', 'B']);

    const sf = criticalPath(
      [
        { id: 'A', duration: 4 },
        { id: 'B', duration: 2 },
      ],
      [link('A', 'B', 'SF')],
    );
    expect(sf.es.get('B')).toBe(0);
    expect(sf.slack.get('B')).toBe(2);
    expect(sf.critical.has('A')).toBe(true);
  });

  it('respects a planned start and refuses a cycle', () => {
    const r = criticalPath(
      [
        { id: 'A', duration: 2 },
        { id: 'B', duration: 2, notBefore: 5 },
      ],
      [link('A', 'B')],
    );
    expect(r.es.get('B')).toBe(5);
    expect(r.slack.get('A')).toBe(3);
    expect(() =>
      criticalPath(
        [
          { id: 'A', duration: 1 },
          { id: 'B', duration: 1 },
        ],
        [link('A', 'B'), link('B', 'A')],
      ),
    ).toThrow(/cycle/);
  });
});
