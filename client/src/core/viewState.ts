import {
  GROUP_BY,
  type GroupBy,
  ITEM_KINDS,
  type ItemFilter,
  type ItemKind,
  isGroupBy,
  type Role,
  STATUSES,
  type Status,
} from '@planroom/shared';

/** The views of one board: the roadmap timeline, the resource swimlanes, kickoffs, and the status report. */
export type ViewMode = 'roadmap' | 'resources' | 'kickoff' | 'status';

const MODES: readonly ViewMode[] = ['roadmap', 'resources', 'kickoff', 'status'];
const isMode = (value: string | null): value is ViewMode => MODES.includes(value as ViewMode);

/**
 * A person's view of a board, kept in the query string so a link reproduces it and the
 * document never holds it: `?group=owner&q=data&status=at-risk,off-track&cp=all`. The
 * `#token=…` fragment is never touched.
 */
export interface ViewState {
  /** `?view=resources` or `?view=kickoff`; the roadmap is the default. */
  mode: ViewMode;
  /** `?kickoff=item:…`: the project or program whose kickoff is open (the kickoff view's list when null). */
  kickoff: string | null;
  group: GroupBy;
  text: string;
  statuses: Status[];
  kinds: ItemKind[];
  ownerIds: string[];
  goalIds: string[];
  /** Critical path: null when off, `all` for the whole board, or the id of a program. */
  critical: string | null;
  /** `?program=item:…`: the program the status view reports on (the whole portfolio when null). */
  program: string | null;
  /** `?quarter=2027-Q1`: the fiscal quarter of the status view (the current one when null). */
  quarter: string | null;
  /**
   * Presentation (`?present=1` on, `?present=0` off): a clean read-only roadmap with a
   * legend. Null follows the role: on for viewers, off for editors and owners.
   */
  present: boolean | null;
}

export const DEFAULT_VIEW: ViewState = {
  mode: 'roadmap',
  kickoff: null,
  group: 'lane',
  text: '',
  statuses: [],
  kinds: [],
  ownerIds: [],
  goalIds: [],
  critical: null,
  program: null,
  quarter: null,
  present: null,
};

const PARAMS = { group: 'group', text: 'q', statuses: 'status', kinds: 'kind', ownerIds: 'owner', goalIds: 'goal' };

function list<T extends string>(params: URLSearchParams, key: string, allowed?: readonly T[]): T[] {
  const raw = params.get(key);
  if (!raw) return [];
  const values = [...new Set(raw.split(',').map((v) => v.trim()))].filter(Boolean);
  return (allowed ? values.filter((v) => (allowed as readonly string[]).includes(v)) : values) as T[];
}

/** A quarter key as the URL spells it (`2027-Q1`), upper-cased; anything else is no quarter. */
function quarterKey(raw: string | null): string | null {
  const key = raw?.trim().toUpperCase() ?? '';
  return /^\d{4}-Q[1-4]$/.test(key) ? key : null;
}

export function parseView(search: string): ViewState {
  const params = new URLSearchParams(search);
  const group = params.get(PARAMS.group);
  const critical = params.get('cp');
  const mode = params.get('view');
  const kickoff = params.get('kickoff')?.trim();
  return {
    mode: isMode(mode) ? mode : 'roadmap',
    kickoff: kickoff || null,
    group: isGroupBy(group) ? group : 'lane',
    text: params.get(PARAMS.text) ?? '',
    statuses: list(params, PARAMS.statuses, STATUSES),
    kinds: list(params, PARAMS.kinds, ITEM_KINDS),
    ownerIds: list(params, PARAMS.ownerIds),
    goalIds: list(params, PARAMS.goalIds),
    critical: critical?.trim() ? critical.trim() : null,
    program: params.get('program')?.trim() || null,
    quarter: quarterKey(params.get('quarter')),
    present: flag(params.get('present')),
  };
}

function flag(raw: string | null): boolean | null {
  if (raw === '1' || raw === 'true') return true;
  if (raw === '0' || raw === 'false') return false;
  return null;
}

/** Whether this person sees the presentation: the URL says so, else viewers do. */
export function isPresenting(view: Pick<ViewState, 'present'>, role: Role): boolean {
  return view.present ?? role === 'viewer';
}

/** The query string for a view; parameters that are not ours are kept as they were. */
export function formatView(view: ViewState, current = ''): string {
  const params = new URLSearchParams(current);
  const put = (key: string, value: string) => (value ? params.set(key, value) : params.delete(key));
  put('view', view.mode === 'roadmap' ? '' : view.mode);
  put('kickoff', view.kickoff ?? '');
  put(PARAMS.group, view.group === 'lane' ? '' : view.group);
  put(PARAMS.text, view.text);
  put(PARAMS.statuses, view.statuses.join(','));
  put(PARAMS.kinds, view.kinds.join(','));
  put(PARAMS.ownerIds, view.ownerIds.join(','));
  put(PARAMS.goalIds, view.goalIds.join(','));
  put('cp', view.critical ?? '');
  put('program', view.program ?? '');
  put('quarter', view.quarter ?? '');
  put('present', view.present === null ? '' : view.present ? '1' : '0');
  // Commas and colons are fine in a query; keeping them makes links readable.
  const text = params.toString().replaceAll('%2C', ',').replaceAll('%3A', ':');
  return text ? `?${text}` : '';
}

export function viewFilter(view: ViewState): ItemFilter {
  return {
    text: view.text,
    statuses: view.statuses,
    kinds: view.kinds,
    ownerIds: view.ownerIds,
    goalIds: view.goalIds,
  };
}

/** How many filter parts are on (the text search counts as one). */
export function activeFilterCount(view: ViewState): number {
  return (
    (view.text.trim() ? 1 : 0) + view.statuses.length + view.kinds.length + view.ownerIds.length + view.goalIds.length
  );
}

export const GROUP_OPTIONS = GROUP_BY;

/** Adds a value to a list when absent, removes it when present. */
export function toggled<T>(values: readonly T[], value: T): T[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}
