import * as Y from 'yjs';
import { readBaselines } from './baseline.js';
import { ENTITIES, readBoard } from './board.js';
import { COLLECTIONS, collection, insertEntry, metaMap, toPlain, transact } from './doc.js';
import { aKind, ID_PREFIXES, isIdOf } from './ids.js';
import { migrateBoard, SchemaTooNewError } from './migrations.js';
import type { Problem } from './problems.js';

type Json = Record<string, unknown>;

/** The plain form of a whole board: export, import, templates, fixtures, benchmarks. */
export interface BoardJson {
  schemaVersion: number;
  name: string;
  meta: Json;
  items: Json[];
  lanes: Json[];
  deps: Json[];
  people: Json[];
  teams: Json[];
  assignments: Json[];
  goals: Json[];
  kickoffs: Json[];
  objectives: Json[];
  scope: Json[];
  deliverables: Json[];
  activities: Json[];
  stakeholders: Json[];
  decisions: Json[];
  raci: Json[];
  kpis: Json[];
  risks: Json[];
  comments: Json[];
  baselines: Json[];
}

export const MAX_RECORDS_PER_COLLECTION = 200_000;

/** A board with no records: the start of templates, fixtures and exports. */
export function emptyBoardJson(schemaVersion: number, name: string, meta: Json): BoardJson {
  const board = { schemaVersion, name, meta } as BoardJson;
  for (const c of COLLECTIONS) board[c] = [];
  return board;
}

/** Every field of every record, unknown ones included, sorted by id for stable output. */
export function exportBoard(doc: Y.Doc): BoardJson {
  const meta = metaMap(doc).toJSON() as Json;
  const out = emptyBoardJson(
    typeof meta.schemaVersion === 'number' ? meta.schemaVersion : 0,
    typeof meta.name === 'string' ? meta.name : 'Untitled board',
    meta,
  );
  for (const name of COLLECTIONS) {
    const records: Json[] = [];
    collection(doc, name).forEach((entry, id) => {
      records.push(entry instanceof Y.Map ? { id, ...toPlain(entry) } : { id });
    });
    records.sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1));
    out[name] = records;
  }
  return out;
}

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Shape checks that must pass before records can even be placed in a document. */
function checkShape(input: unknown, problems: Problem[]): input is Json {
  if (!isObject(input)) {
    problems.push({ collection: 'board', id: '', field: '', reason: 'must be a JSON object' });
    return false;
  }
  const version = input.schemaVersion;
  if (version !== undefined && (typeof version !== 'number' || !Number.isInteger(version) || version < 0)) {
    problems.push({ collection: 'board', id: '', field: 'schemaVersion', reason: 'must be a whole number' });
  }
  if (input.meta !== undefined && !isObject(input.meta)) {
    problems.push({ collection: 'board', id: '', field: 'meta', reason: 'must be an object' });
  }
  for (const name of COLLECTIONS) {
    const records = input[name];
    if (records === undefined) continue;
    if (!Array.isArray(records)) {
      problems.push({ collection: name, id: '', field: '', reason: 'must be a list' });
      continue;
    }
    if (records.length > MAX_RECORDS_PER_COLLECTION) {
      problems.push({
        collection: name,
        id: '',
        field: '',
        reason: `holds more than ${MAX_RECORDS_PER_COLLECTION} records`,
      });
      continue;
    }
    const seen = new Set<string>();
    records.forEach((r, index) => {
      const id = isObject(r) ? r.id : undefined;
      const where = typeof id === 'string' ? id.slice(0, 80) : `#${index}`;
      if (!isObject(r)) problems.push({ collection: name, id: where, field: '', reason: 'must be an object' });
      else if (!isIdOf(ENTITIES[name].kind, id)) {
        const kind = ENTITIES[name].kind;
        problems.push({
          collection: name,
          id: where,
          field: 'id',
          reason: `must be ${aKind(kind)} id like ${ID_PREFIXES[kind]}:…`,
        });
      } else if (seen.has(id)) problems.push({ collection: name, id, field: 'id', reason: 'is used twice' });
      else seen.add(id);
    });
  }
  return problems.length === 0;
}

export type BoardFromJson = { ok: true; doc: Y.Doc; migrations: string[] } | { ok: false; problems: Problem[] };

/**
 * Builds a new document from Board JSON, strictly: any problem (shape, field, reference,
 * a schema newer than this code) is returned and no document is made. `name` overrides
 * the board's own name when given.
 */
export function boardFromJson(input: unknown, name?: string): BoardFromJson {
  const problems: Problem[] = [];
  if (!checkShape(input, problems)) return { ok: false, problems };
  const doc = new Y.Doc();
  transact(doc, () => {
    const meta = metaMap(doc);
    for (const [k, v] of Object.entries(isObject(input.meta) ? input.meta : {})) meta.set(k, v);
    meta.set(
      'schemaVersion',
      typeof input.schemaVersion === 'number' ? input.schemaVersion : (meta.get('schemaVersion') ?? 0),
    );
    const boardName = name ?? input.name;
    if (typeof boardName === 'string') meta.set('name', boardName);
    for (const c of COLLECTIONS) {
      for (const raw of (input[c] as Json[] | undefined) ?? []) {
        const { id, ...fields } = raw;
        insertEntry(doc, ENTITIES[c], id as string, fields);
      }
    }
  });
  let migrations: string[];
  try {
    migrations = migrateBoard(doc);
  } catch (err) {
    if (!(err instanceof SchemaTooNewError)) throw err;
    return { ok: false, problems: [{ collection: 'board', id: '', field: 'schemaVersion', reason: err.message }] };
  }
  const bad = [...readBoard(doc).problems, ...readBaselines(doc).problems];
  if (bad.length) return { ok: false, problems: bad };
  return { ok: true, doc, migrations };
}
