import { describe, expect, it } from 'vitest';
import { firstToken, handOver, latestToken } from './tokenHandover';

describe('tokenHandover', () => {
  it('follows a session from its first token to its latest and back', () => {
    expect(latestToken('owner.a')).toBe('owner.a');
    expect(firstToken('owner.a')).toBe('owner.a');
    handOver('owner.a', 'owner.b');
    handOver('owner.b', 'owner.c');
    expect(latestToken('owner.a')).toBe('owner.c');
    expect(latestToken('owner.b')).toBe('owner.c');
    expect(firstToken('owner.c')).toBe('owner.a');
    expect(firstToken('editor.x')).toBe('editor.x');
  });
});
