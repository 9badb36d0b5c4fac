import type { CreatedBoard } from '@planroom/shared';
import { type Client, connect, createBoardHttp } from '../test/helpers.js';

export type { Client };

/** Resolves once the stock provider has finished its first sync, or rejects after `timeoutMs`. */
export function synced(client: Client, timeoutMs: number): Promise<void> {
  if (client.provider.synced) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no first sync within ${timeoutMs} ms`)), timeoutMs);
    client.provider.once('sync', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** `count` boards from the IT portfolio template, created over HTTP as users would. */
export async function createBoards(url: string, count: number): Promise<CreatedBoard[]> {
  const boards: CreatedBoard[] = [];
  for (let i = 0; i < count; i++) boards.push(await createBoardHttp(url, { template: 'it-portfolio' }));
  return boards;
}

/**
 * Opens `perBoard` editor connections to each board, in waves: a thousand simultaneous
 * handshakes would overflow the listen backlog and measure the kernel, not the server.
 * Clients come back grouped by board: [b0c0, b0c1, …, b1c0, …]. `prepare` sees each client
 * as soon as it exists, before its socket opens (to give it a presence, or change how it sends).
 */
export async function connectAll(
  wsBase: string,
  boards: readonly CreatedBoard[],
  perBoard: number,
  wave = 100,
  prepare?: (client: Client, index: number) => void,
): Promise<Client[]> {
  const plan = boards.flatMap((b) => Array.from({ length: perBoard }, () => b));
  const clients: Client[] = [];
  try {
    for (let i = 0; i < plan.length; i += wave) {
      const batch = plan.slice(i, i + wave).map((b, j) => {
        const client = connect(wsBase, b.id, b.tokens.editor);
        prepare?.(client, i + j);
        return client;
      });
      clients.push(...batch);
      await Promise.all(batch.map((c) => synced(c, 30_000)));
    }
  } catch (err) {
    destroyAll(clients);
    throw err;
  }
  return clients;
}

export function destroyAll(clients: readonly Client[]): void {
  for (const c of clients) c.destroy();
}
