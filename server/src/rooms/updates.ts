import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';

/** True when every struct of `client` in [clock, clock + len) is known and deleted. */
function deletedHere(store: Y.Doc['store'], client: number, clock: number, len: number, steps: { left: number }) {
  const structs = store.clients.get(client);
  if (!structs || len <= 0 || clock + len > Y.getState(store, client)) return false;
  for (let i = Y.findIndexSS(structs, clock); i < structs.length; i++) {
    const s = structs[i] as (typeof structs)[number];
    if (s.id.clock >= clock + len) break;
    if (!s.deleted || --steps.left < 0) return false;
  }
  return true;
}

/**
 * True when applying `update` would change the document: any struct at all (a viewer's
 * reply is computed from the server's state vector, so a struct in it is new), or a
 * deletion the document has not applied. Reads the delete set as a stream and stops at
 * the first range that would change something, so a hostile frame costs little. The
 * stock client's sync reply on connect holds only deletions the server has; it is
 * harmless and ignored. Throws when the update does not decode.
 */
export function wouldChange(doc: Y.Doc, update: Uint8Array): boolean {
  const d = decoding.createDecoder(update);
  if (decoding.readVarUint(d) > 0) return true;
  let structs = 0;
  for (const list of doc.store.clients.values()) structs += list.length;
  // an honest delete set visits each deleted struct about once
  const steps = { left: structs + update.length };
  const clients = decoding.readVarUint(d);
  for (let c = 0; c < clients; c++) {
    const client = decoding.readVarUint(d);
    const ranges = decoding.readVarUint(d);
    for (let r = 0; r < ranges; r++) {
      const clock = decoding.readVarUint(d);
      const len = decoding.readVarUint(d);
      if (!deletedHere(doc.store, client, clock, len, steps)) return true;
    }
  }
  return false;
}
