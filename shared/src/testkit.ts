/**
 * Helpers for the tests beside the code. Not exported from the package: production code
 * never needs to bypass the write functions.
 */
import * as Y from 'yjs';
import { type CollectionName, collection } from './doc.js';

/** Counts transactions and non-empty updates a doc emits while `fn` runs. */
export function countEvents(doc: Y.Doc, fn: () => void): { transactions: number; updates: number; origins: unknown[] } {
  let transactions = 0;
  let updates = 0;
  const origins: unknown[] = [];
  const onTx = (tr: Y.Transaction) => {
    transactions++;
    origins.push(tr.origin);
  };
  const onUpdate = () => {
    updates++;
  };
  doc.on('afterTransaction', onTx);
  doc.on('update', onUpdate);
  try {
    fn();
  } finally {
    doc.off('afterTransaction', onTx);
    doc.off('update', onUpdate);
  }
  return { transactions, updates, origins };
}

/**
 * Writes a record straight into the doc, skipping validation: how bad data from an old
 * or buggy client looks to a reader.
 */
export function putRaw(doc: Y.Doc, name: CollectionName, id: string, fields: Record<string, unknown>): Y.Map<unknown> {
  const entry = new Y.Map<unknown>();
  doc.transact(() => {
    collection(doc, name).set(id, entry);
    for (const [k, v] of Object.entries(fields)) entry.set(k, v);
  }, 'test-raw');
  return entry;
}

/** Sends everything `from` has that `to` lacks. */
export function send(from: Y.Doc, to: Y.Doc): void {
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)), 'remote');
}

/** A fresh doc holding exactly what `source` holds (a second client joining). */
export function replica(source: Y.Doc): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(source), 'remote');
  return doc;
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/** True when the two docs hold the same state, compared byte for byte. */
export function sameState(a: Y.Doc, b: Y.Doc): boolean {
  return (
    bytesEqual(Y.encodeStateVector(a), Y.encodeStateVector(b)) &&
    bytesEqual(Y.encodeStateAsUpdate(a), Y.encodeStateAsUpdate(b))
  );
}
