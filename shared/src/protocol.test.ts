import { describe, expect, it } from 'vitest';
import { CLOSE, canEdit, MAX_FRAME_BYTES, MESSAGE, ROLES } from './protocol.js';

describe('protocol constants', () => {
  it('only viewers cannot edit', () => {
    expect(ROLES.filter(canEdit)).toEqual(['owner', 'editor']);
  });

  it('close codes are distinct and application codes sit in the 4000 range', () => {
    const codes = Object.values(CLOSE);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of [CLOSE.malformed, CLOSE.unauthorized, CLOSE.forbidden, CLOSE.notFound, CLOSE.schemaTooNew]) {
      expect(code).toBeGreaterThanOrEqual(4000);
      expect(code).toBeLessThan(5000);
    }
  });

  it("message types match the y-websocket wire protocol, and the workshop's and comments' are none of its", () => {
    expect(MESSAGE).toEqual({ sync: 0, awareness: 1, auth: 2, queryAwareness: 3, workshop: 8, comment: 9 });
    expect(MAX_FRAME_BYTES).toBeGreaterThan(1024 * 1024);
  });
});
