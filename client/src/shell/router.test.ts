import { describe, expect, it } from 'vitest';
import { boardPath, parseRoute, tokenFromHash } from './router';

describe('router', () => {
  it.each([
    ['/', { page: 'start' }],
    ['/b/abc123', { page: 'board', boardId: 'abc123' }],
    ['/b/abc123/', { page: 'board', boardId: 'abc123' }],
    ['/b/', { page: 'not-found', path: '/b/' }],
    ['/b/a:b', { page: 'not-found', path: '/b/a:b' }],
    ['/elsewhere', { page: 'not-found', path: '/elsewhere' }],
  ])('%s', (path, route) => {
    expect(parseRoute(path)).toEqual(route);
  });

  it('reads the token from the fragment only', () => {
    expect(tokenFromHash('#token=abc.def')).toBe('abc.def');
    expect(tokenFromHash('#x=1&token=t')).toBe('t');
    expect(tokenFromHash('')).toBeNull();
    expect(tokenFromHash('#token=')).toBeNull();
  });

  it('builds board links with the token in the fragment', () => {
    expect(boardPath('abc123', 'to+ken')).toBe('/b/abc123#token=to%2Bken');
    expect(tokenFromHash('#token=to%2Bken')).toBe('to+ken');
  });
});
