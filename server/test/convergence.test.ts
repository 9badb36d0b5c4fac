import { describe, expect, it } from 'vitest';
import { serverForSuite } from './helpers.js';
import { runSessions } from './sessions.js';

describe('convergence of stock clients through offline spells and reconnects', () => {
  // fsync proves nothing here; the durability test covers it
  const suite = serverForSuite({ synchronous: 'normal' });

  it('200 seeded sessions of 5-8 clients all end with the same board as the server', async () => {
    const seeds = Array.from({ length: 200 }, (_, i) => 1000 + i);
    const { results, diverged } = await runSessions(suite.server, seeds, 8);
    expect(results).toHaveLength(200);
    expect(diverged.map((s) => `seed ${s.seed}: ${s.divergence}`)).toEqual([]);
  }, 240_000);
});
