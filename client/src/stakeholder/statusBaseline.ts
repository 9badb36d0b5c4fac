import { isIsoDate, metaMap, type StatusBaseline } from '@planroom/shared';
import * as Y from 'yjs';

type Dates = StatusBaseline['dates'];

function plain(value: unknown): unknown {
  return value instanceof Y.AbstractType ? value.toJSON() : value;
}

/** The dates of a stored baseline, keeping only well-formed entries (a bad one is simply not compared). */
function readDates(raw: unknown): Dates {
  const out: Record<string, { start: string; end: string }> = {};
  const dates = plain(raw);
  if (typeof dates !== 'object' || dates === null) return out;
  for (const [id, span] of Object.entries(dates)) {
    const { start, end } = (plain(span) ?? {}) as { start?: unknown; end?: unknown };
    if (isIsoDate(start) && isIsoDate(end)) out[id] = { start, end };
  }
  return out;
}

/**
 * The chosen baseline (`meta.baselineId`, the `baselines` collection: the contract of
 * shared `baseline.ts`), read leniently: the status view only compares dates, so a
 * baseline that is gone or malformed means no comparison, never a broken report.
 */
export function chosenStatusBaseline(doc: Y.Doc): StatusBaseline | null {
  const id = metaMap(doc).get('baselineId');
  if (typeof id !== 'string') return null;
  const entry = doc.getMap<unknown>('baselines').get(id);
  if (!(entry instanceof Y.Map)) return null;
  const name = entry.get('name');
  return { id, name: typeof name === 'string' && name ? name : 'Baseline', dates: readDates(entry.get('dates')) };
}
