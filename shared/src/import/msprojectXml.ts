import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { fromDayNumber, toDayNumber } from '../dates.js';
import type { Problem } from '../problems.js';
import { fileProblem } from './importTypes.js';

type Node = Record<string, unknown>;

/** The parts of a Project XML (MSPDI) file the import reads, as text, element by element. */
export interface MspFile {
  name: string;
  minutesPerDay: number;
  minutesPerWeek: number;
  tasks: Node[];
  resources: Node[];
  assignments: Node[];
}

const LISTS = new Set(['Task', 'PredecessorLink', 'Resource', 'Assignment', 'Calendar', 'ExtendedAttribute']);

/** An element's text, or '' when absent (every value is kept as text: parseTagValue off). */
export function textOf(node: Node, key: string): string {
  const v = node[key];
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number') return String(v);
  return '';
}

export function listOf(node: unknown, key: string): Node[] {
  if (typeof node !== 'object' || node === null) return [];
  const v = (node as Node)[key];
  return Array.isArray(v) ? (v.filter((x) => typeof x === 'object' && x !== null) as Node[]) : [];
}

function positive(text: string, fallback: number): number {
  const n = Number(text);
  return text !== '' && Number.isFinite(n) && n > 0 ? n : fallback;
}

/**
 * Reads the file with fast-xml-parser after its validator has passed it: text that is not
 * XML is refused with the line and column the validator names, and a document whose root
 * is not <Project> is refused as not a Project XML file.
 */
export function readMspFile(text: string): { file: MspFile } | { problems: Problem[] } {
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    const { line, col, msg } = valid.err;
    return { problems: [fileProblem('xml', `line ${line}, column ${col}`, '', `not well-formed XML: ${msg}`)] };
  }
  const parser = new XMLParser({
    ignoreAttributes: true,
    parseTagValue: false,
    removeNSPrefix: true,
    isArray: (name) => LISTS.has(name),
  });
  const doc = parser.parse(text) as Node;
  const project = doc.Project;
  if (typeof project !== 'object' || project === null || Array.isArray(project)) {
    const root = Object.keys(doc).find((k) => !k.startsWith('?')) ?? 'nothing';
    return {
      problems: [
        fileProblem(
          'xml',
          `<${root}>`,
          '',
          'is the root element; a Project XML file has <Project> (MS Project: Save As XML)',
        ),
      ],
    };
  }
  const p = project as Node;
  return {
    file: {
      name: (textOf(p, 'Title') || textOf(p, 'Name')).replace(/\.(xml|mpp)$/i, ''),
      minutesPerDay: positive(textOf(p, 'MinutesPerDay'), 480),
      minutesPerWeek: positive(textOf(p, 'MinutesPerWeek'), 2400),
      tasks: listOf(p.Tasks, 'Task'),
      resources: listOf(p.Resources, 'Resource'),
      assignments: listOf(p.Assignments, 'Assignment'),
    },
  };
}

/** Elapsed lag formats (em, eh, ed, ew, emo and their estimated forms) count calendar time. */
const ELAPSED_LAG_FORMATS = new Set([4, 6, 8, 10, 12, 20, 36, 38, 40, 42, 44, 52]);

/**
 * A link's lag in whole days. LinkLag is in tenths of a minute whatever LagFormat says
 * (the format is only how Project shows it); working-time lags are divided by the
 * project's minutes per day, elapsed ones by 1440, then rounded to the nearest day.
 */
export function lagDays(linkLag: string, lagFormat: string, minutesPerDay: number): number {
  const tenths = Number(linkLag || '0');
  if (!Number.isFinite(tenths)) return Number.NaN;
  const perDay = ELAPSED_LAG_FORMATS.has(Number(lagFormat)) ? 1440 : minutesPerDay;
  return Math.round(tenths / 10 / perDay);
}

/**
 * A milestone's day. Project puts a milestone after a task at the end of that task's last
 * day (2026-03-27T17:00:00); on the board a milestone is the start of its day, so one in
 * the afternoon moves to the next working day (Monday after a Friday), the same moment in
 * working time, and its FS link from that task holds as it does in Project.
 */
export function milestoneDay(text: string): string | null {
  const day = mspDate(text);
  const hour = Number(/T(\d{2})/.exec(text)?.[1] ?? '0');
  if (!day || hour < 12) return day;
  let n = toDayNumber(day) + 1;
  // day 0 (1970-01-01) was a Thursday: (n + 4) % 7 is 0 on Sundays, 6 on Saturdays
  while ((n + 4) % 7 === 0 || (n + 4) % 7 === 6) n += 1;
  return fromDayNumber(n);
}

/** The calendar day of an MSPDI date-time (2026-03-02T08:00:00), or null. */
export function mspDate(text: string): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T[\d:.]+)?$/.exec(text);
  return m ? (m[1] ?? null) : null;
}
