import { describe, expect, it } from 'vitest';
import { connectionState, saveState } from './connection';

describe('connectionState', () => {
  it.each([
    ['connecting', false, true, 'connecting'],
    ['connected', false, true, 'connected'],
    ['connected', true, true, 'connected'],
    ['disconnected', true, true, 'reconnecting'],
    ['connecting', true, true, 'reconnecting'],
    ['disconnected', false, true, 'connecting'],
    ['connected', true, false, 'offline'],
    ['connecting', false, false, 'offline'],
  ] as const)('socket %s, connected before %s, online %s -> %s', (socket, ever, online, expected) => {
    expect(connectionState(socket, ever, online)).toBe(expected);
  });
});

describe('saveState', () => {
  it('is saved with nothing pending, saving while connected, unsaved while not', () => {
    expect(saveState(false, false)).toBe('saved');
    expect(saveState(true, true)).toBe('saving');
    expect(saveState(true, false)).toBe('unsaved');
  });
});
