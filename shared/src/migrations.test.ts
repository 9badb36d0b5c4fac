import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readBoard } from './board.js';
import { boardFromJson, exportBoard } from './boardJson.js';
import { LOCAL_ORIGIN, metaMap } from './doc.js';
import { KICKOFF_COLLECTIONS } from './kickoffLinks.js';
import {
  boardVersion,
  MIGRATION_ORIGIN,
  MIGRATIONS,
  migrateBoard,
  SCHEMA_VERSION,
  SchemaTooNewError,
} from './migrations.js';
import { itPortfolioTemplate } from './templates.js';
import { countEvents, putRaw } from './testkit.js';

function docAt(version: number | undefined, meta: Record<string, unknown> = {}): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    if (version !== undefined) metaMap(doc).set('schemaVersion', version);
    for (const [k, v] of Object.entries(meta)) metaMap(doc).set(k, v);
  });
  return doc;
}

describe('the migration list', () => {
  it('is numbered 1, 2, 3… with unique names, and SCHEMA_VERSION is the last', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(new Set(MIGRATIONS.map((m) => m.name)).size).toBe(MIGRATIONS.length);
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });
});

describe('migrateBoard', () => {
  it.each(MIGRATIONS.map((m) => [m.name, m.version] as const))(
    'runs %s on a board at the version before it',
    (name, version) => {
      const doc = docAt(version - 1);
      const ran = migrateBoard(doc);
      expect(ran[0]).toBe(name);
      expect(ran).toEqual(MIGRATIONS.filter((m) => m.version >= version).map((m) => m.name));
      expect(boardVersion(doc)).toBe(SCHEMA_VERSION);
    },
  );

  it('initial-meta fills missing meta and keeps what is there', () => {
    const doc = docAt(undefined, { name: 'Kept name', weekStartsOn: 0 });
    expect(migrateBoard(doc)).toContain('initial-meta');
    const { meta, problems } = readBoard(doc);
    expect(problems).toEqual([]);
    expect(meta).toMatchObject({ name: 'Kept name', weekStartsOn: 0, fiscalYearStartMonth: 1 });
    expect(Number.isNaN(Date.parse(String(metaMap(doc).get('createdAt'))))).toBe(false);
  });

  it('kickoff-collections opens a schema-1 board unchanged but for the version, with empty kickoff lists', () => {
    const made = boardFromJson({ ...itPortfolioTemplate('2026-11-20'), schemaVersion: 1 });
    if (!made.ok) throw new Error(JSON.stringify(made.problems));
    expect(made.migrations).toEqual(['kickoff-collections']);
    const before = itPortfolioTemplate('2026-11-20');
    const after = exportBoard(made.doc);
    expect(after.schemaVersion).toBe(2);
    expect(after.items.length).toBe(before.items.length);
    for (const name of KICKOFF_COLLECTIONS) expect(after[name]).toEqual([]);
    const old = docAt(1, { name: 'Old board' });
    putRaw(old, 'items', 'item:i', { title: 'Kept', start: '2026-01-05', end: '2026-01-09', riskScore: 7 });
    const json = exportBoard(old);
    migrateBoard(old);
    expect(exportBoard(old)).toEqual({ ...json, schemaVersion: 2, meta: { ...json.meta, schemaVersion: 2 } });
    expect(readBoard(old).problems).toEqual([]);
  });

  it('runs every pending migration in one transaction, with its own origin (not undoable as an edit)', () => {
    const doc = docAt(0);
    const events = countEvents(doc, () => migrateBoard(doc));
    expect(events).toEqual({ transactions: 1, updates: 1, origins: [MIGRATION_ORIGIN] });
    expect(events.origins[0]).not.toBe(LOCAL_ORIGIN);
  });

  it('does nothing on a board that is up to date', () => {
    const doc = docAt(SCHEMA_VERSION, { name: 'Current' });
    const events = countEvents(doc, () => expect(migrateBoard(doc)).toEqual([]));
    expect(events.transactions).toBe(0);
  });

  it('treats a missing or broken version as 0', () => {
    for (const v of [undefined, -1, 1.5, 'one']) expect(boardVersion(docAt(v as number))).toBe(0);
  });

  it('refuses a newer board with a clear message and leaves it unchanged', () => {
    const doc = docAt(SCHEMA_VERSION + 3, { name: 'From the future', shinyNewField: [1, 2] });
    const before = Y.encodeStateAsUpdate(doc);
    let caught: unknown;
    const events = countEvents(doc, () => {
      try {
        migrateBoard(doc);
      } catch (err) {
        caught = err;
      }
    });
    expect(caught).toBeInstanceOf(SchemaTooNewError);
    const err = caught as SchemaTooNewError;
    expect(err.boardVersion).toBe(SCHEMA_VERSION + 3);
    expect(err.message).toBe(
      `This board was saved by a newer Planroom (schema ${SCHEMA_VERSION + 3}); this version understands schema ${SCHEMA_VERSION} and will not change it. Update Planroom to open it.`,
    );
    expect(events.transactions).toBe(0);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });
});
