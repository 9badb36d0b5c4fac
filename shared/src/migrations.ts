import type * as Y from 'yjs';
import { collection, metaMap, transact } from './doc.js';
import { KICKOFF_COLLECTIONS } from './kickoffLinks.js';
import { defaultMeta } from './meta.js';

/**
 * Named, append-only migrations. Each moves a board from `version - 1` to `version`;
 * never edit one that has shipped, add the next.
 */
export interface Migration {
  version: number;
  name: string;
  up(doc: Y.Doc): void;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'initial-meta',
    up(doc) {
      const meta = metaMap(doc);
      for (const [key, value] of Object.entries(defaultMeta('Untitled board', new Date()))) {
        if (!meta.has(key)) meta.set(key, value);
      }
    },
  },
  {
    version: 2,
    name: 'kickoff-collections',
    /**
     * Kickoffs, their lists, RACI, KPIs and risks. A Yjs top-level map exists as soon as
     * it is named, so this only registers them and changes no record; what the version
     * bump buys is that code from before kickoffs refuses the board (SchemaTooNewError)
     * instead of deleting a person or an item without letting go of its kickoff records.
     */
    up(doc) {
      for (const name of KICKOFF_COLLECTIONS) collection(doc, name);
    },
  },
];

export const SCHEMA_VERSION: number = MIGRATIONS.at(-1)?.version ?? 0;

/** Origin of migration writes, so they can be told apart from a person's edits. */
export const MIGRATION_ORIGIN = { name: 'planroom-migration' } as const;

export class SchemaTooNewError extends Error {
  readonly boardVersion: number;
  constructor(boardVersion: number) {
    super(
      `This board was saved by a newer Planroom (schema ${boardVersion}); this version understands schema ${SCHEMA_VERSION} and will not change it. Update Planroom to open it.`,
    );
    this.name = 'SchemaTooNewError';
    this.boardVersion = boardVersion;
  }
}

export function boardVersion(doc: Y.Doc): number {
  const v = metaMap(doc).get('schemaVersion');
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : 0;
}

/**
 * Brings a board up to SCHEMA_VERSION in one transaction and returns the names of the
 * migrations that ran. A board newer than this code is refused, untouched.
 */
export function migrateBoard(doc: Y.Doc): string[] {
  const from = boardVersion(doc);
  if (from > SCHEMA_VERSION) throw new SchemaTooNewError(from);
  const pending = MIGRATIONS.filter((m) => m.version > from);
  if (!pending.length) return [];
  transact(
    doc,
    () => {
      for (const m of pending) m.up(doc);
      metaMap(doc).set('schemaVersion', SCHEMA_VERSION);
    },
    MIGRATION_ORIGIN,
  );
  return pending.map((m) => m.name);
}
