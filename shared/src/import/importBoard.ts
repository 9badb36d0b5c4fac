import { type BoardJson, boardFromJson } from '../boardJson.js';
import { COLLECTIONS } from '../doc.js';
import type { Problem } from '../problems.js';
import { type CsvOptions, type CsvPreview, csvToBoard, previewCsv } from './csv.js';
import { CSV_FIELDS, type CsvMapping } from './csvMapping.js';
import type { DateOrder } from './importDates.js';
import {
  countBoard,
  fileProblem,
  IMPORT_FORMATS,
  type ImportCounts,
  type ImportFormat,
  type ImportResult,
  MAX_IMPORT_PROBLEMS,
} from './importTypes.js';
import { msProjectToBoard } from './msproject.js';

/** One file to import: what `POST /api/boards` takes as `import`, and the start page sends. */
export interface ImportRequest {
  format: ImportFormat;
  text: string;
  /** The board's name; else the file's own (Project title, Board JSON name) or "Imported items". */
  name?: string | undefined;
  /** CSV only: one field or null per column. */
  mapping?: CsvMapping | undefined;
  /** CSV only: how 03/04/2026 reads. */
  dateOrder?: DateOrder | undefined;
}

/** Board JSON problems as paths into the file: `$.items[3]` and the field. */
function jsonPaths(input: unknown, problems: Problem[]): Problem[] {
  const source = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  return problems.map((p) => {
    if (!(COLLECTIONS as readonly string[]).includes(p.collection)) {
      const at = p.collection === 'meta' ? '$.meta' : '$';
      return fileProblem('json', at, p.field, p.reason);
    }
    const list = Array.isArray(source[p.collection]) ? (source[p.collection] as unknown[]) : [];
    const byId = list.findIndex((r) => typeof r === 'object' && r !== null && (r as { id?: unknown }).id === p.id);
    const index = byId >= 0 ? byId : /^#(\d+)$/.exec(p.id)?.[1];
    const path = index === undefined ? `$.${p.collection}` : `$.${p.collection}[${index}]`;
    const reason = p.id && byId >= 0 ? `${p.reason} (${p.id})` : p.reason;
    return fileProblem('json', path, p.field, reason);
  });
}

function fromJsonText(text: string, name: string | undefined): ImportResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    return { ok: false, problems: [fileProblem('json', '$', '', `is not JSON: ${(err as Error).message}`)] };
  }
  const built = boardFromJson(parsed, name);
  if (!built.ok) return { ok: false, problems: jsonPaths(parsed, built.problems) };
  built.doc.destroy();
  const board = parsed as BoardJson;
  for (const c of COLLECTIONS) board[c] ??= [];
  return { ok: true, board, counts: countBoard(board) };
}

const cap = (problems: Problem[]) => problems.slice(0, MAX_IMPORT_PROBLEMS);

/**
 * A board from a CSV of items, a Project XML file or Board JSON: every check a board gets
 * (boardFromJson) runs here too, so an import the start page previews as fine is one the
 * server accepts. On any problem there is no board, only the problems (at most 200).
 * `check: false` skips that last pass for a caller that runs boardFromJson itself.
 */
export function importBoard(req: ImportRequest, how: { check?: boolean } = {}): ImportResult {
  if (req.format === 'json') {
    const r = fromJsonText(req.text, req.name);
    return r.ok ? r : { ok: false, problems: cap(r.problems) };
  }
  const options: CsvOptions = { mapping: req.mapping, dateOrder: req.dateOrder };
  const result =
    req.format === 'csv'
      ? csvToBoard(req.text, req.name ?? 'Imported items', options)
      : msProjectToBoard(req.text, req.name);
  if (!result.ok) return { ok: false, problems: cap(result.problems) };
  // the server builds the board from this JSON right after, with the same checks
  if (how.check === false) return result;
  const built = boardFromJson(result.board);
  if (!built.ok) return { ok: false, problems: cap(built.problems) };
  built.doc.destroy();
  return result;
}

export interface ImportPreview {
  format: ImportFormat;
  /** The board's name as it would be created. */
  name: string;
  counts: ImportCounts | null;
  problems: Problem[];
  csv: CsvPreview | null;
}

/** What the preview dialog shows: counts when the file imports, the problems when not. */
export function previewImport(req: ImportRequest): ImportPreview {
  const result = importBoard(req);
  const csv = req.format === 'csv' ? previewCsv(req.text, { mapping: req.mapping, dateOrder: req.dateOrder }) : null;
  return {
    format: req.format,
    name: result.ok ? String(result.board.meta.name ?? result.board.name) : (req.name ?? ''),
    counts: result.ok ? result.counts : null,
    problems: result.ok ? [] : result.problems,
    csv,
  };
}

/** Checks the shape of an `import` in a request; the file itself is checked by importBoard. */
export function checkImportRequest(
  input: unknown,
): { ok: true; request: ImportRequest } | { ok: false; problems: Problem[] } {
  const bad = (field: string, reason: string) => ({
    ok: false as const,
    problems: [{ collection: 'request', id: '', field: `import.${field}`, reason }],
  });
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return bad('', 'must be an object like {"format":"csv","text":"…"}');
  }
  const i = input as Record<string, unknown>;
  if (!IMPORT_FORMATS.includes(i.format as ImportFormat))
    return bad('format', `must be one of ${IMPORT_FORMATS.join(', ')}`);
  if (typeof i.text !== 'string') return bad('text', "must be the file's text");
  if (i.mapping !== undefined && (i.format !== 'csv' || !Array.isArray(i.mapping))) {
    return bad('mapping', 'is a list of CSV fields, one per column, and only for csv');
  }
  if (Array.isArray(i.mapping) && i.mapping.some((f) => f !== null && !CSV_FIELDS.includes(f as never))) {
    return bad('mapping', `holds something that is not null or one of ${CSV_FIELDS.join(', ')}`);
  }
  if (i.dateOrder !== undefined && i.dateOrder !== 'dmy' && i.dateOrder !== 'mdy') {
    return bad('dateOrder', 'must be dmy or mdy');
  }
  return {
    ok: true,
    request: {
      format: i.format as ImportFormat,
      text: i.text,
      mapping: i.mapping as CsvMapping | undefined,
      dateOrder: i.dateOrder as DateOrder | undefined,
    },
  };
}
