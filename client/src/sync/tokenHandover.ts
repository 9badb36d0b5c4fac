/**
 * Tokens this tab replaced itself. When an owner resets their own link, the page keeps its
 * document and connection and only its token changes (in the URL, for new tickets and API
 * calls). The connection is keyed by the first token of the chain, so that URL change does
 * not tear the board down; every request uses the latest one.
 */
const newer = new Map<string, string>();
const older = new Map<string, string>();

export function handOver(from: string, to: string): void {
  newer.set(from, to);
  older.set(to, from);
}

function follow(links: Map<string, string>, token: string): string {
  let current = token;
  // every replacement is a fresh token from the server, so a chain cannot loop
  for (let next = links.get(current); next !== undefined; next = links.get(current)) current = next;
  return current;
}

/** The token to send now for a session that started with `token`. */
export function latestToken(token: string): string {
  return follow(newer, token);
}

/** The token a session started with, for the one it holds now. */
export function firstToken(token: string): string {
  return follow(older, token);
}
