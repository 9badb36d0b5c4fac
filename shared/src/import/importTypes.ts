import type { BoardJson } from '../boardJson.js';
import type { Problem } from '../problems.js';

export const IMPORT_FORMATS = ['csv', 'msproject', 'json'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export const IMPORT_FORMAT_NAMES: Record<ImportFormat, string> = {
  csv: 'CSV of items',
  msproject: 'MS Project XML',
  json: 'Planroom Board JSON',
};

/** What a file would make: shown before creating, and checked by tests. */
export interface ImportCounts {
  items: number;
  tasks: number;
  milestones: number;
  dependencies: number;
  people: number;
  assignments: number;
  lanes: number;
}

export type ImportResult = { ok: true; board: BoardJson; counts: ImportCounts } | { ok: false; problems: Problem[] };

/** At most this many problems are listed: a wrong file would otherwise list every row. */
export const MAX_IMPORT_PROBLEMS = 200;

/**
 * A problem in a file, in the shape every 400 uses. `collection` is the format (`csv`,
 * `xml`, `json`), `id` where in the file ("row 7", "Task UID 12", "$.items[3]"), `field`
 * the column or element ("column End", "PredecessorLink").
 */
export function fileProblem(format: 'csv' | 'xml' | 'json', where: string, field: string, reason: string): Problem {
  return { collection: format, id: where, field, reason };
}

/** "row 7, column End: '31/02/2026' is not a date"; "$.items[3].end: must be a date". */
export function importProblemText(p: Problem): string {
  if (p.collection === 'json') return `${p.id}${p.field ? `.${p.field}` : ''}: ${p.reason}`;
  const where = [p.id, p.field].filter(Boolean).join(', ');
  return where ? `${where}: ${p.reason}` : p.reason;
}

export function countBoard(board: BoardJson): ImportCounts {
  const kind = (k: string) => board.items.filter((i) => i.kind === k).length;
  return {
    items: board.items.length,
    tasks: kind('task'),
    milestones: kind('milestone'),
    dependencies: board.deps.length,
    people: board.people.length,
    assignments: board.assignments.length,
    lanes: board.lanes.length,
  };
}

/** The format from the file name, else from the first character (`<` XML, `{` JSON). */
export function detectImportFormat(fileName: string, text: string): ImportFormat {
  const ext = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext === 'csv' || ext === 'tsv' || ext === 'txt') return 'csv';
  if (ext === 'xml') return 'msproject';
  if (ext === 'json') return 'json';
  const first = text.trimStart()[0];
  return first === '<' ? 'msproject' : first === '{' || first === '[' ? 'json' : 'csv';
}
