import { type Baseline, type SlippedMilestone, slippedMilestones } from './baseline.js';
import type { FullBoardSnapshot } from './board.js';
import type { IsoDate } from './dates.js';
import { childrenByParent, descendantsIn, rollUps } from './hierarchy.js';
import { type Item, type ItemKind, STATUSES, type Status } from './item.js';
import { inQuarter, type Quarter } from './quarter.js';
import { type CapacityQuarter, capacityQuarter } from './statusCapacity.js';
import { type KpiLine, kpiLines, type RiskLine, riskLines } from './statusMeasures.js';

export interface StatusOptions {
  quarter: Quarter;
  /** A program (or any item with children) to report on; null for the whole portfolio. */
  scopeId: string | null;
  /** The chosen baseline (`chosenBaselineId`), or null: then nothing is reported as slipped. */
  baseline: Baseline | null;
  today: IsoDate;
}

export interface MilestoneLine {
  id: string;
  title: string;
  /** A milestone is a point: its end date. */
  date: IsoDate;
  status: Status;
  /** The row (program, or project in a program's report) it belongs to, if any. */
  rowId: string | null;
  rowTitle: string | null;
  ownerName: string | null;
  /** Not done and its date has passed. */
  overdue: boolean;
}

export interface SlipLine extends MilestoneLine {
  baselineDate: IsoDate;
  /** Calendar days later than the baseline. */
  slipDays: number;
}

/** One program of the portfolio (or one project of a program). */
export interface StatusRow {
  id: string;
  title: string;
  kind: ItemKind;
  status: Status;
  /** Rolled up from its children (by duration), else its own. */
  progress: number;
  start: IsoDate;
  end: IsoDate;
  ownerName: string | null;
  done: number;
  due: number;
  slipped: number;
}

export interface StatusReport {
  quarter: Quarter;
  /** The item reported on; null for the whole portfolio. */
  scope: { id: string; title: string; kind: ItemKind; status: Status } | null;
  progress: number;
  /** Rows by status: how many are on track, at risk… */
  health: Record<Status, number>;
  rows: StatusRow[];
  done: MilestoneLine[];
  due: MilestoneLine[];
  slipped: SlipLine[];
  baseline: { id: string; name: string } | null;
  kpis: KpiLine[];
  risks: RiskLine[];
  capacity: CapacityQuarter;
}

const PORTFOLIO = '\u0000portfolio';

/** ISO dates sort as text in date order, without parsing each one. */
const byDate = (a: IsoDate, b: IsoDate) => (a < b ? -1 : a > b ? 1 : 0);

/** The ids in view: the item and everything under it, or null for the whole board. */
function scopeIds(board: FullBoardSnapshot, children: Map<string, string[]>, scopeId: string | null) {
  if (!scopeId || !board.items.has(scopeId)) return null;
  return new Set([scopeId, ...descendantsIn(children, [scopeId])]);
}

/**
 * The rows of a report: the portfolio's programs (its projects when it has none), or a
 * program's projects (its direct children when it has none), in date order.
 */
function rowItems(board: FullBoardSnapshot, scope: ReadonlySet<string> | null, scopeId: string | null): Item[] {
  const inView = [...board.items.values()].filter((i) => !scope || scope.has(i.id));
  const pick = (kind: ItemKind) => inView.filter((i) => i.kind === kind && i.id !== scopeId);
  let rows = scopeId ? pick('project') : pick('program');
  if (!rows.length)
    rows = scopeId ? inView.filter((i) => i.parentId === scopeId && i.kind !== 'milestone') : pick('project');
  return rows.sort((a, b) => byDate(a.start, b.start) || a.title.localeCompare(b.title));
}

/** The row each item falls under (its nearest row ancestor, or itself). */
function rowOf(board: FullBoardSnapshot, rowIds: ReadonlySet<string>) {
  const memo = new Map<string, string | null>();
  const find = (id: string | null, depth = 0): string | null => {
    if (!id || depth > 64) return null;
    if (rowIds.has(id)) return id;
    const known = memo.get(id);
    if (known !== undefined) return known;
    const found = find(board.items.get(id)?.parentId ?? null, depth + 1);
    memo.set(id, found);
    return found;
  };
  return find;
}

/**
 * Everything the status view (QBR) shows for one quarter, for the whole portfolio or one
 * program: progress and health, milestones done and due in the quarter, milestones that
 * slipped against the baseline (planned or now falling in the quarter), KPIs against
 * target, the top open risks and each team's capacity balance. Pure: the client renders it.
 */
export function statusReport(board: FullBoardSnapshot, opts: StatusOptions): StatusReport {
  const { quarter, baseline, today } = opts;
  const children = childrenByParent(board.items);
  const scope = scopeIds(board, children, opts.scopeId);
  const scopeItem = scope && opts.scopeId ? (board.items.get(opts.scopeId) as Item) : null;
  const people = new Map(board.people.map((p) => [p.id, p.name]));
  const nodes = [...board.items.values()].map((i) => ({ ...i, parentId: i.parentId ?? PORTFOLIO }));
  const rolled = rollUps(nodes);
  // An item whose children are only milestones keeps its own progress: milestones carry no work.
  const hasWork = (id: string) => children.get(id)?.some((k) => board.items.get(k)?.kind !== 'milestone') ?? false;
  const progressOf = (i: Item) => (hasWork(i.id) ? (rolled.get(i.id)?.progress ?? i.progress) : i.progress);

  const rows = rowItems(board, scope, scopeItem?.id ?? null);
  const findRow = rowOf(board, new Set(rows.map((r) => r.id)));
  const line = (m: Item): MilestoneLine => {
    const rowId = findRow(m.id);
    return {
      id: m.id,
      title: m.title,
      date: m.end,
      status: m.status,
      rowId,
      rowTitle: rowId ? (board.items.get(rowId)?.title ?? null) : null,
      ownerName: m.ownerId ? (people.get(m.ownerId) ?? null) : null,
      overdue: m.status !== 'done' && m.end < today,
    };
  };
  const milestones = [...board.items.values()]
    .filter((i) => i.kind === 'milestone' && (!scope || scope.has(i.id)))
    .sort((a, b) => byDate(a.end, b.end) || a.title.localeCompare(b.title));
  const inQ = milestones.filter((m) => inQuarter(quarter, m.end));
  const done = inQ.filter((m) => m.status === 'done').map(line);
  const due = inQ.filter((m) => m.status !== 'done').map(line);
  const slipped = baseline ? slippedIn(milestones, baseline, quarter).map((m) => slip(line(m.item), m)) : [];

  const count = (list: readonly { rowId: string | null }[], id: string) => list.filter((l) => l.rowId === id).length;
  const health = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const r of rows) health[r.status]++;
  return {
    quarter,
    scope: scopeItem && { id: scopeItem.id, title: scopeItem.title, kind: scopeItem.kind, status: scopeItem.status },
    progress: scopeItem ? progressOf(scopeItem) : (rolled.get(PORTFOLIO)?.progress ?? 0),
    health,
    rows: rows.map((r) => ({
      id: r.id,
      title: r.title,
      kind: r.kind,
      status: r.status,
      progress: progressOf(r),
      start: hasWork(r.id) ? (rolled.get(r.id)?.start ?? r.start) : r.start,
      end: hasWork(r.id) ? (rolled.get(r.id)?.end ?? r.end) : r.end,
      ownerName: r.ownerId ? (people.get(r.ownerId) ?? null) : null,
      done: count(done, r.id),
      due: count(due, r.id),
      slipped: count(slipped, r.id),
    })),
    done,
    due,
    slipped,
    baseline: baseline && { id: baseline.id, name: baseline.name },
    kpis: kpiLines(board, scope, today),
    risks: riskLines(board, scope),
    capacity: capacityQuarter(board, quarter, scope),
  };
}

/**
 * Milestones later than the baseline (`slippedMilestones`: worst slip first) whose planned
 * or current date falls in the quarter: the slips this review has to talk about.
 */
function slippedIn(milestones: readonly Item[], baseline: Baseline, q: Quarter) {
  const byId = new Map(milestones.map((m) => [m.id, m]));
  return slippedMilestones(milestones, baseline).flatMap((s) => {
    const item = byId.get(s.itemId);
    return item && (inQuarter(q, s.baselineEnd) || inQuarter(q, s.end)) ? [{ ...s, item }] : [];
  });
}

function slip(line: MilestoneLine, s: SlippedMilestone): SlipLine {
  return { ...line, baselineDate: s.baselineEnd, slipDays: s.slipDays };
}
