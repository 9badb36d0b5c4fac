import * as Y from 'yjs';

/**
 * What the server must already hold before an update can be applied in full. Yjs parks
 * whatever it cannot integrate in the document's pending structs and pending deletes,
 * where it stays (and is retried on every later update) until the missing changes come;
 * the server never applies an update that would leave anything there.
 */
export interface Needs {
  /** Per client, the runs of clocks the update carries, [start, end), in order. */
  runs: Map<number, Array<[number, number]>>;
  /** Per client, the clock the document must reach for the references and deletions. */
  upTo: Map<number, number>;
  /** The last need found missing: checked first, so a held update costs O(1) until it moves. */
  blocker?: [client: number, clock: number];
}

interface IdLike {
  client: number;
  clock: number;
}

function isId(x: unknown): x is IdLike {
  return typeof x === 'object' && x !== null && typeof (x as IdLike).client === 'number';
}

function need(needs: Needs, client: number, clock: number): void {
  if (clock > (needs.upTo.get(client) ?? 0)) needs.upTo.set(client, clock);
}

/**
 * Decodes `update` once and lists what it depends on: its own runs of structs per client,
 * every struct another struct is anchored to (origin, right origin, parent) and every
 * deleted range. Throws when the update does not decode.
 */
export function needsOf(update: Uint8Array): Needs {
  const { structs, ds } = Y.decodeUpdate(update);
  const needs: Needs = { runs: new Map(), upTo: new Map() };
  for (const s of structs) {
    if (s instanceof Y.Skip) continue; // a hole: the next run starts later
    const { client, clock } = s.id;
    const runs = needs.runs.get(client) ?? [];
    needs.runs.set(client, runs);
    const last = runs.at(-1);
    if (last && last[1] === clock) last[1] = clock + s.length;
    else runs.push([clock, clock + s.length]);
    if (s instanceof Y.Item) {
      if (s.origin) need(needs, s.origin.client, s.origin.clock + 1);
      if (s.rightOrigin) need(needs, s.rightOrigin.client, s.rightOrigin.clock + 1);
      if (isId(s.parent)) need(needs, s.parent.client, s.parent.clock + 1);
    }
  }
  for (const [client, deletes] of ds.clients) {
    for (const d of deletes) need(needs, client, d.clock + d.len);
  }
  return needs;
}

/** True when `doc` holds everything `needs` lists, so applying leaves nothing pending. */
export function isReady(doc: Y.Doc, needs: Needs): boolean {
  if (needs.blocker && needs.blocker[1] > Y.getState(doc.store, needs.blocker[0])) return false;
  const known = new Map<number, number>();
  for (const [client, runs] of needs.runs) {
    let state = Y.getState(doc.store, client);
    for (const [start, end] of runs) {
      if (start > state) {
        needs.blocker = [client, start];
        return false;
      }
      if (end > state) state = end;
    }
    known.set(client, state);
  }
  for (const [client, clock] of needs.upTo) {
    if (clock > (known.get(client) ?? Y.getState(doc.store, client))) {
      // met by the update's own runs once the doc reaches their start; else by the doc itself
      if (!needs.runs.has(client)) needs.blocker = [client, clock];
      return false;
    }
  }
  return true;
}
