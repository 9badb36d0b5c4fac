/**
 * Helpers for the tests beside the code. Not exported from the package: production code
 * never needs to bypass the write functions.
 */
import { expect } from 'vitest';
import * as Y from 'yjs';
import { type FullBoardSnapshot, readBoard } from './board.js';
import { exportBoard } from './boardJson.js';
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

export type Edit = (doc: Y.Doc) => void;

function permutations<T>(list: readonly T[]): T[][] {
  if (list.length <= 1) return [[...list]];
  return list.flatMap((head, i) =>
    permutations([...list.slice(0, i), ...list.slice(i + 1)]).map((rest) => [head, ...rest]),
  );
}

/**
 * Runs each edit on its own replica of `base` (people editing at once, offline from each
 * other), then merges the updates into fresh replicas in every order, and into the
 * editing replicas themselves. Returns every merged doc; they must all be equal.
 */
export function mergeEveryWay(base: Y.Doc, edits: readonly Edit[]): Y.Doc[] {
  const baseVector = Y.encodeStateVector(base);
  const editors = edits.map((edit) => {
    const doc = replica(base);
    edit(doc);
    return doc;
  });
  const updates = editors.map((doc) => Y.encodeStateAsUpdate(doc, baseVector));
  const merged = permutations(updates).map((order) => {
    const doc = replica(base);
    for (const update of order) Y.applyUpdate(doc, update, 'remote');
    return doc;
  });
  // the editors also sync with each other pairwise, in a ring, then once more around
  for (let round = 0; round < 2; round++) {
    editors.forEach((doc, i) => {
      send(doc, editors[(i + 1) % editors.length] as Y.Doc);
    });
  }
  return [...editors, ...merged];
}

/** All docs byte-for-byte equal, with the same Board JSON and the same problems. */
export function expectConverged(docs: readonly Y.Doc[]): FullBoardSnapshot {
  const [first, ...rest] = docs as [Y.Doc, ...Y.Doc[]];
  const json = JSON.stringify(exportBoard(first));
  const problems = readBoard(first).problems;
  for (const doc of rest) {
    expect(sameState(first, doc)).toBe(true);
    expect(JSON.stringify(exportBoard(doc))).toBe(json);
    expect(readBoard(doc).problems).toEqual(problems);
  }
  return readBoard(first);
}
