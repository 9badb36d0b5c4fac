import * as Y from 'yjs';
import { ENTITIES } from './board.js';
import type { BoardJson } from './boardJson.js';
import { COLLECTIONS, collection, type Entry, insertEntry, metaMap, patchEntry, toPlain } from './doc.js';

/*
 * Restoring a version: the live document is made equal to the version's Board JSON by
 * writing only what differs. Records (and fields) that are the same in both are left
 * alone, so the restore is one small change that merges with whatever someone else is
 * doing to those records at the same moment, rather than a replacement of the board.
 */

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Structural equality of JSON values; object key order does not matter. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((v, i) => sameJson(v, b[i]));
  if (!isObject(a) || !isObject(b) || Array.isArray(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && sameJson(a[k], b[k]));
}

/**
 * What a restore leaves as it is: baselines and the chosen one are the yardsticks the plan
 * is measured against, not the plan, so a plan rolled back is measured against the
 * baselines set since (and a version from before baselines existed deletes none).
 */
const KEPT_COLLECTIONS: ReadonlySet<string> = new Set(['baselines']);
const KEPT_META: ReadonlySet<string> = new Set(['baselineId']);

/** Deletes the keys `next` lacks and writes those whose value differs. */
function restoreMeta(meta: Y.Map<unknown>, next: Json): void {
  for (const key of [...meta.keys()]) if (!Object.hasOwn(next, key) && !KEPT_META.has(key)) meta.delete(key);
  const current = meta.toJSON() as Json;
  for (const [key, value] of Object.entries(next)) {
    if (!KEPT_META.has(key) && !sameJson(current[key], value)) meta.set(key, value);
  }
}

/** One record back to `record`: removed fields deleted, changed fields written, the rest untouched. */
function restoreEntry(name: (typeof COLLECTIONS)[number], entry: Entry, record: Json): void {
  const current = toPlain(entry);
  for (const key of Object.keys(current)) if (!Object.hasOwn(record, key)) entry.delete(key);
  const patch: Json = {};
  for (const [key, value] of Object.entries(record)) {
    if (key !== 'id' && !sameJson(current[key], value)) patch[key] = value;
  }
  patchEntry(ENTITIES[name], entry, patch);
}

function restoreCollection(doc: Y.Doc, name: (typeof COLLECTIONS)[number], records: readonly Json[]): void {
  const map = collection(doc, name);
  const wanted = new Map<string, Json>();
  for (const r of records) if (typeof r.id === 'string') wanted.set(r.id, r);
  for (const id of [...map.keys()]) if (!wanted.has(id)) map.delete(id);
  for (const [id, record] of wanted) {
    const entry = map.get(id);
    const { id: _, ...fields } = record;
    if (entry instanceof Y.Map) restoreEntry(name, entry, record);
    else insertEntry(doc, ENTITIES[name], id, fields);
  }
}

/**
 * Makes `doc` hold exactly `target` (as `exportBoard` would write it), in one transaction
 * with `origin`: one update for everyone connected. Only what differs is written; when
 * nothing differs, nothing is. Root maps that Board JSON does not carry (the workshop's
 * last vote) are left as they are.
 */
export function restoreBoard(doc: Y.Doc, target: BoardJson, origin: unknown): void {
  doc.transact(() => {
    restoreMeta(metaMap(doc), isObject(target.meta) ? target.meta : {});
    for (const name of COLLECTIONS) {
      if (!KEPT_COLLECTIONS.has(name)) restoreCollection(doc, name, (target[name] as Json[] | undefined) ?? []);
    }
  }, origin);
}
