import * as Y from 'yjs';

type Ranges = Array<{ clock: number; len: number }>;

function covered(ranges: Ranges | undefined, clock: number, len: number): boolean {
  if (!ranges) return false;
  // ranges are sorted and merged; find the one holding `clock`
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid] as { clock: number; len: number };
    if (clock < r.clock) hi = mid - 1;
    else if (clock >= r.clock + r.len) lo = mid + 1;
    else return clock + len <= r.clock + r.len;
  }
  return false;
}

/**
 * True when applying `update` would change the document: new structs, or deletions it
 * has not applied yet. A viewer's client sends an empty sync reply on connect; that one
 * is harmless and ignored, anything else from a viewer is refused.
 */
export function wouldChange(doc: Y.Doc, update: Uint8Array): boolean {
  const { to } = Y.parseUpdateMeta(update);
  for (const [client, clock] of to) {
    if (clock > Y.getState(doc.store, client)) return true;
  }
  const { ds } = Y.decodeUpdate(update);
  if (!ds.clients.size) return false;
  const known = Y.createDeleteSetFromStructStore(doc.store).clients as Map<number, Ranges>;
  for (const [client, ranges] of ds.clients as Map<number, Ranges>) {
    for (const r of ranges) if (!covered(known.get(client), r.clock, r.len)) return true;
  }
  return false;
}
