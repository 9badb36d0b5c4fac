import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Role } from '@planroom/shared';

/**
 * Capability tokens: `<role>.<HMAC-SHA256(secret, boardId:role:boardKey)>`. Anyone holding
 * one has that role on that board; rotating the board key revokes all of them.
 */
export interface Auth {
  issue(boardId: string, boardKey: string, role: Role): string;
  /** The role a token grants on a board, or null. Compares in constant time. */
  verify(boardId: string, boardKey: string, token: string | null | undefined): Role | null;
}

const TOKEN = /^(owner|editor|viewer)\.([A-Za-z0-9_-]{43})$/;

export function createAuth(secret: Buffer): Auth {
  const mac = (boardId: string, boardKey: string, role: Role) =>
    createHmac('sha256', secret).update(`${boardId}:${role}:${boardKey}`).digest();
  return {
    issue(boardId, boardKey, role) {
      return `${role}.${mac(boardId, boardKey, role).toString('base64url')}`;
    },
    verify(boardId, boardKey, token) {
      const m = typeof token === 'string' ? TOKEN.exec(token) : null;
      if (!m) return null;
      const role = m[1] as Role;
      const given = Buffer.from(m[2] as string, 'base64url');
      const expected = mac(boardId, boardKey, role);
      return given.length === expected.length && timingSafeEqual(given, expected) ? role : null;
    },
  };
}

export function newBoardKey(): string {
  return randomBytes(16).toString('base64url');
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
