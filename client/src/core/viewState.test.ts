import { describe, expect, it } from 'vitest';
import { activeFilterCount, DEFAULT_VIEW, formatView, isPresenting, parseView, toggled, viewFilter } from './viewState';

describe('view state in the query string', () => {
  it('reads defaults from an empty query', () => {
    expect(parseView('')).toEqual(DEFAULT_VIEW);
  });

  it('reads grouping, search, filters and the critical path', () => {
    const view = parseView(
      '?group=owner&q=data%20platform&status=at-risk,off-track,nonsense&kind=task&owner=person:a&cp=all',
    );
    expect(view).toEqual({
      mode: 'roadmap',
      kickoff: null,
      group: 'owner',
      text: 'data platform',
      statuses: ['at-risk', 'off-track'],
      kinds: ['task'],
      ownerIds: ['person:a'],
      goalIds: [],
      critical: 'all',
      program: null,
      quarter: null,
      present: null,
    });
  });

  it('reads and writes the resource view', () => {
    expect(parseView('?view=resources&group=owner').mode).toBe('resources');
    expect(parseView('?view=gantt').mode).toBe('roadmap');
    expect(formatView({ ...DEFAULT_VIEW, mode: 'resources' }, '?q=x')).toBe('?view=resources');
    expect(formatView(DEFAULT_VIEW, '?view=resources')).toBe('');
  });

  it('reads and writes the kickoff view with its item', () => {
    expect(parseView('?view=kickoff&kickoff=item:abc')).toMatchObject({ mode: 'kickoff', kickoff: 'item:abc' });
    expect(parseView('?view=kickoff').kickoff).toBeNull();
    expect(formatView({ ...DEFAULT_VIEW, mode: 'kickoff', kickoff: 'item:abc' })).toBe(
      '?view=kickoff&kickoff=item:abc',
    );
    expect(formatView(DEFAULT_VIEW, '?view=kickoff&kickoff=item:abc')).toBe('');
  });

  it('reads and writes the status view with its program and quarter', () => {
    expect(parseView('?view=status&program=item:p&quarter=2027-q1')).toMatchObject({
      mode: 'status',
      program: 'item:p',
      quarter: '2027-Q1',
    });
    expect(parseView('?view=status&quarter=2027-Q5').quarter).toBeNull();
    expect(parseView('?view=status&quarter=Q1').quarter).toBeNull();
    expect(parseView('?view=status&program=').program).toBeNull();
    expect(formatView({ ...DEFAULT_VIEW, mode: 'status', program: 'item:p', quarter: '2027-Q1' })).toBe(
      '?view=status&program=item:p&quarter=2027-Q1',
    );
    expect(formatView(DEFAULT_VIEW, '?view=status&program=item:p&quarter=2027-Q1')).toBe('');
  });

  it('falls back to lanes for an unknown grouping', () => {
    expect(parseView('?group=colour').group).toBe('lane');
  });

  it('round-trips and keeps parameters that are not ours', () => {
    const view = {
      ...DEFAULT_VIEW,
      group: 'goal' as const,
      statuses: ['done' as const],
      goalIds: ['goal:x', 'goal:y'],
    };
    const search = formatView(view, '?debug=1&group=owner');
    expect(search).toBe('?debug=1&group=goal&status=done&goal=goal:x,goal:y');
    expect(parseView(search)).toEqual(view);
  });

  it('writes nothing for the default view', () => {
    expect(formatView(DEFAULT_VIEW, '?group=owner&q=x')).toBe('');
  });

  it('counts active filters and builds the item filter', () => {
    const view = { ...DEFAULT_VIEW, text: ' cloud ', statuses: ['done' as const], ownerIds: ['person:a'] };
    expect(activeFilterCount(view)).toBe(3);
    expect(viewFilter(view)).toMatchObject({ text: ' cloud ', statuses: ['done'], ownerIds: ['person:a'] });
  });

  it('toggles values in a list', () => {
    expect(toggled(['a', 'b'], 'a')).toEqual(['b']);
    expect(toggled(['a'], 'b')).toEqual(['a', 'b']);
  });

  it('reads and writes presentation, which follows the role until the URL says', () => {
    expect(parseView('?present=1').present).toBe(true);
    expect(parseView('?present=0').present).toBe(false);
    expect(parseView('?present=maybe').present).toBeNull();
    expect(formatView({ ...DEFAULT_VIEW, present: true })).toBe('?present=1');
    expect(formatView({ ...DEFAULT_VIEW, present: false })).toBe('?present=0');
    expect(formatView(DEFAULT_VIEW, '?present=1')).toBe('');
    expect(isPresenting(DEFAULT_VIEW, 'viewer')).toBe(true);
    expect(isPresenting(DEFAULT_VIEW, 'editor')).toBe(false);
    expect(isPresenting({ present: false }, 'viewer')).toBe(false);
    expect(isPresenting({ present: true }, 'owner')).toBe(true);
  });
});
