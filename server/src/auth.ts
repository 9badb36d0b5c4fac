import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Role } from '@planroom/shared';

/** One random key per role of a board; rotating one revokes that role's link only. */
export type RoleKeys = Readonly<Record<Role, string>>;

/**
 * Capability tokens: `<role>.<HMAC-SHA256(secret, boardId:role:roleKey)>`. Anyone holding
 * one has that role on that board; rotating the role's key revokes it.
 */
export interface Auth {
  issue(boardId: string, keys: RoleKeys, role: Role): string;
  /**
   * The role a token grants on a board, or null. Only the canonical spelling passes: the
   * whole MAC text is compared in constant time, so the spare bits of its last character
   * cannot be set to make three more spellings of the same token.
   */
  verify(boardId: string, keys: RoleKeys, token: string | null | undefined): Role | null;
}

const TOKEN = /^(owner|editor|viewer)\.([A-Za-z0-9_-]{43})$/;

export function createAuth(secret: Buffer): Auth {
  const mac = (boardId: string, key: string, role: Role) =>
    createHmac('sha256', secret).update(`${boardId}:${role}:${key}`).digest('base64url');
  return {
    issue(boardId, keys, role) {
      return `${role}.${mac(boardId, keys[role], role)}`;
    },
    verify(boardId, keys, token) {
      const m = typeof token === 'string' ? TOKEN.exec(token) : null;
      if (!m) return null;
      const role = m[1] as Role;
      // both are 43 ASCII characters (the pattern above), so the lengths match
      const given = Buffer.from(m[2] as string, 'latin1');
      const expected = Buffer.from(mac(boardId, keys[role], role), 'latin1');
      return timingSafeEqual(given, expected) ? role : null;
    },
  };
}

export function newRoleKey(): string {
  return randomBytes(16).toString('base64url');
}

export function newRoleKeys(): RoleKeys {
  return { owner: newRoleKey(), editor: newRoleKey(), viewer: newRoleKey() };
}

/**
 * The server secret: `PLANROOM_SECRET` when set, otherwise generated once into the data
 * dir (mode 0600) so links keep working across restarts. Never logged.
 */
export function loadSecret(dataDir: string, fromEnv: string | undefined): Buffer {
  if (fromEnv) {
    if (fromEnv.length < 16) throw new Error('PLANROOM_SECRET must be at least 16 characters');
    return Buffer.from(fromEnv, 'utf8');
  }
  const file = join(dataDir, 'secret.key');
  if (existsSync(file)) return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64url');
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32);
  writeFileSync(file, secret.toString('base64url'), { mode: 0o600, flag: 'wx' });
  return secret;
}
