import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAuth, loadSecret, newBoardKey } from '../src/auth.js';
import { tempDir } from './helpers.js';

describe('capability tokens', () => {
  const auth = createAuth(Buffer.from('a-test-secret-of-enough-length'));
  const key = newBoardKey();

  it.each(['owner', 'editor', 'viewer'] as const)('grants %s only on its own board and key', (role) => {
    const token = auth.issue('board1', key, role);
    expect(auth.verify('board1', key, token)).toBe(role);
    expect(auth.verify('board2', key, token)).toBeNull();
    expect(auth.verify('board1', newBoardKey(), token)).toBeNull();
    expect(createAuth(Buffer.from('another-secret-entirely!!')).verify('board1', key, token)).toBeNull();
  });

  it('rejects malformed, promoted and truncated tokens', () => {
    const viewer = auth.issue('b', key, 'viewer');
    for (const bad of [
      '',
      'viewer.',
      viewer.slice(0, -1),
      viewer.replace('viewer', 'editor'),
      `${viewer}x`,
      null,
      undefined,
    ]) {
      expect(auth.verify('b', key, bad)).toBeNull();
    }
  });

  it('generates the secret once into the data dir and reuses it', () => {
    const dir = tempDir();
    const first = loadSecret(dir, undefined);
    expect(loadSecret(dir, undefined).equals(first)).toBe(true);
    expect(loadSecret(dir, 'from-the-environment-123').toString()).toBe('from-the-environment-123');
    expect(() => loadSecret(dir, 'short')).toThrow(/at least 16/);
    rmSync(dir, { recursive: true, force: true });
  });
});
