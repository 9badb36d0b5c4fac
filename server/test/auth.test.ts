import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAuth, loadSecret, newRoleKeys } from '../src/auth.js';
import { tempDir } from './helpers.js';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** The three other spellings of a token: its last character with the spare bits set. */
function alternativeSpellings(token: string): string[] {
  const last = ALPHABET.indexOf(token.at(-1) as string);
  return [1, 2, 3].map((bits) => `${token.slice(0, -1)}${ALPHABET[last | bits]}`);
}

describe('capability tokens', () => {
  const auth = createAuth(Buffer.from('a-test-secret-of-enough-length'));
  const keys = newRoleKeys();

  it.each(['owner', 'editor', 'viewer'] as const)('grants %s only on its own board and key', (role) => {
    const token = auth.issue('board1', keys, role);
    expect(auth.verify('board1', keys, token)).toBe(role);
    expect(auth.verify('board2', keys, token)).toBeNull();
    expect(auth.verify('board1', { ...keys, [role]: newRoleKeys()[role] }, token)).toBeNull();
    expect(createAuth(Buffer.from('another-secret-entirely!!')).verify('board1', keys, token)).toBeNull();
  });

  it("a new key for one role revokes that role's token and no other", () => {
    const before = { owner: auth.issue('b', keys, 'owner'), editor: auth.issue('b', keys, 'editor') };
    const rotated = { ...keys, viewer: newRoleKeys().viewer };
    expect(auth.verify('b', rotated, auth.issue('b', keys, 'viewer'))).toBeNull();
    expect(auth.verify('b', rotated, auth.issue('b', rotated, 'viewer'))).toBe('viewer');
    expect(auth.verify('b', rotated, before.owner)).toBe('owner');
    expect(auth.verify('b', rotated, before.editor)).toBe('editor');
  });

  it('rejects malformed, promoted and truncated tokens', () => {
    const viewer = auth.issue('b', keys, 'viewer');
    for (const bad of [
      '',
      'viewer.',
      viewer.slice(0, -1),
      viewer.replace('viewer', 'editor'),
      `${viewer}x`,
      ` ${viewer}`,
      null,
      undefined,
    ]) {
      expect(auth.verify('b', keys, bad)).toBeNull();
    }
  });

  it.each(['owner', 'editor', 'viewer'] as const)('accepts only the canonical spelling of a %s token', (role) => {
    // many boards, so that last characters with each padding pattern come up
    for (let i = 0; i < 20; i++) {
      const token = auth.issue(`board${i}`, keys, role);
      const others = alternativeSpellings(token);
      expect(new Set([token, ...others]).size).toBe(4);
      for (const other of others) {
        // the same bytes once decoded: this is what a byte comparison used to accept
        expect(Buffer.from(other.split('.')[1] as string, 'base64url')).toEqual(
          Buffer.from(token.split('.')[1] as string, 'base64url'),
        );
        expect(auth.verify(`board${i}`, keys, other)).toBeNull();
      }
      expect(auth.verify(`board${i}`, keys, token)).toBe(role);
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
