import type { Problem } from '../problems.js';
import { fileProblem } from './importTypes.js';

/** What a CSV column can feed. `null` in a mapping leaves the column out. */
export const CSV_FIELDS = [
  'id',
  'title',
  'kind',
  'start',
  'end',
  'status',
  'progress',
  'owner',
  'lane',
  'parent',
  'level',
  'notes',
] as const;
export type CsvField = (typeof CSV_FIELDS)[number];
/** One entry per column, in the file's order. */
export type CsvMapping = (CsvField | null)[];

export const CSV_FIELD_LABELS: Record<CsvField, string> = {
  id: 'Id',
  title: 'Title',
  kind: 'Kind',
  start: 'Start',
  end: 'End',
  status: 'Status',
  progress: 'Progress %',
  owner: 'Owner',
  lane: 'Lane',
  parent: 'Parent',
  level: 'Outline level',
  notes: 'Notes',
};

/** Header words people use for each field, compared lowercased with spaces and signs removed. */
const SYNONYMS: Record<CsvField, string[]> = {
  id: ['id', 'key', 'ref', 'reference', 'uid', 'itemid', 'taskid', 'wbs', 'number', 'no'],
  title: ['title', 'name', 'task', 'taskname', 'item', 'itemname', 'summary', 'subject', 'activity'],
  kind: ['kind', 'type', 'itemtype', 'level type', 'category'],
  start: ['start', 'startdate', 'begin', 'begins', 'from', 'plannedstart', 'baselinestart'],
  end: ['end', 'enddate', 'finish', 'finishdate', 'due', 'duedate', 'to', 'deadline', 'plannedfinish', 'plannedend'],
  status: ['status', 'state', 'rag', 'ragstatus', 'health'],
  progress: ['progress', 'complete', 'percentcomplete', 'pctcomplete', 'done', 'percent'],
  owner: ['owner', 'assignee', 'assignedto', 'responsible', 'lead', 'manager', 'resource', 'resourcenames'],
  lane: ['lane', 'swimlane', 'stream', 'workstream', 'team', 'group'],
  parent: ['parent', 'parentid', 'parenttitle', 'parentname', 'parenttask', 'summarytask', 'epic'],
  level: ['level', 'outlinelevel', 'outline', 'indent', 'depth', 'hierarchylevel'],
  notes: ['notes', 'note', 'description', 'comment', 'comments', 'details'],
};

function normalise(header: string): string {
  return header
    .toLowerCase()
    .replace(/%/g, 'percent')
    .replace(/[^a-z0-9]/g, '');
}

/**
 * A mapping from the header row: each column gets the first field whose words match it,
 * and a field goes to one column only (the first). Anything unknown is left out.
 */
export function guessMapping(headers: readonly string[]): CsvMapping {
  const taken = new Set<CsvField>();
  return headers.map((h) => {
    const n = normalise(h);
    const hit = CSV_FIELDS.find((f) => !taken.has(f) && SYNONYMS[f].some((s) => normalise(s) === n));
    const field =
      hit ?? CSV_FIELDS.find((f) => !taken.has(f) && SYNONYMS[f].some((s) => n === `${normalise(s)}percent`));
    if (!field) return null;
    taken.add(field);
    return field;
  });
}

/** Why a mapping cannot be used (a field twice, no title or start, parent and level both). */
export function checkMapping(mapping: unknown, headers: readonly string[]): Problem[] {
  const problem = (reason: string) => fileProblem('csv', 'mapping', '', reason);
  if (!Array.isArray(mapping)) return [problem('must be a list with one field (or null) per column')];
  if (mapping.length !== headers.length) {
    return [problem(`has ${mapping.length} entries but the file has ${headers.length} columns`)];
  }
  const problems: Problem[] = [];
  const seen = new Map<CsvField, string>();
  mapping.forEach((f, i) => {
    const header = headers[i] ?? `#${i + 1}`;
    if (f === null) return;
    if (!CSV_FIELDS.includes(f as CsvField)) {
      problems.push(problem(`column ${header} is mapped to '${String(f)}', which is not a field`));
      return;
    }
    const before = seen.get(f as CsvField);
    if (before)
      problems.push(problem(`columns ${before} and ${header} are both mapped to ${CSV_FIELD_LABELS[f as CsvField]}`));
    seen.set(f as CsvField, header);
  });
  if (!seen.has('title')) problems.push(problem('no column is mapped to Title'));
  if (!seen.has('start')) problems.push(problem('no column is mapped to Start'));
  if (seen.has('parent') && seen.has('level')) {
    problems.push(problem('map either Parent or Outline level, not both: they would each give a hierarchy'));
  }
  return problems;
}
