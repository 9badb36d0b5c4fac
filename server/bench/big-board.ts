import { addDays, type BoardJson, emptyBoardJson, newId, orderKeys, SCHEMA_VERSION, STATUSES } from '@planroom/shared';

export interface BigBoardSize {
  items: number;
  lanes: number;
  deps: number;
  people: number;
  teams: number;
  assignments: number;
}

export const TEN_THOUSAND: BigBoardSize = {
  items: 10_000,
  lanes: 200,
  deps: 1_500,
  people: 120,
  teams: 12,
  assignments: 3_000,
};

const NOTE = 'Scope, risks and decisions agreed at the steering committee; see the linked plan. ';

/**
 * A large but valid portfolio: 1 portfolio, 1% programs, 20% projects, the rest tasks
 * with every fifth a milestone, spread over lanes, owners and a year of dates. Every
 * tenth item carries notes, so the snapshot holds Y.Text as real boards do.
 */
export function bigBoardJson(size: BigBoardSize = TEN_THOUSAND): BoardJson {
  const name = `Bench ${size.items} items`;
  const keys = orderKeys(Math.max(size.items, size.lanes, size.teams));
  const key = (i: number) => keys[i] ?? 'a0';
  const board = emptyBoardJson(SCHEMA_VERSION, name, { name, fiscalYearStartMonth: 1, weekStartsOn: 1 });
  const teams = Array.from({ length: size.teams }, () => newId('team'));
  board.teams = teams.map((id, i) => ({ id, name: `Team ${i + 1}`, order: key(i) }));
  const people = Array.from({ length: size.people }, () => newId('person'));
  board.people = people.map((id, i) => ({
    id,
    name: `Person ${i + 1}`,
    role: i % 3 ? 'Engineer' : 'Project manager',
    teamId: teams[i % teams.length] ?? null,
    capacityHoursPerWeek: 32 + (i % 3) * 4,
    color: `#${(0x3b6fd8 + i * 2971).toString(16).slice(-6).padStart(6, '0')}`,
  }));
  const lanes = Array.from({ length: size.lanes }, () => newId('lane'));
  board.lanes = lanes.map((id, i) => ({ id, title: `Lane ${i + 1}`, order: key(i), groupBy: null }));

  const ids = Array.from({ length: size.items }, () => newId('item'));
  const programs = Math.max(1, Math.floor(size.items / 100));
  const projects = Math.max(1, Math.floor(size.items / 5));
  const parentOf = (i: number): string | null => {
    if (i === 0) return null;
    if (i <= programs) return ids[0] ?? null;
    if (i <= programs + projects) return ids[1 + (i % programs)] ?? null;
    return ids[1 + programs + (i % projects)] ?? null;
  };
  ids.forEach((id, i) => {
    const kind =
      i === 0
        ? 'portfolio'
        : i <= programs
          ? 'program'
          : i <= programs + projects
            ? 'project'
            : i % 5
              ? 'task'
              : 'milestone';
    const start = addDays('2026-01-05', (i * 7) % 360);
    board.items.push({
      id,
      kind,
      title: `${kind} ${i}`,
      parentId: parentOf(i),
      laneId: lanes[i % lanes.length] ?? null,
      start,
      end: kind === 'milestone' ? start : addDays(start, 5 + (i % 40)),
      status: STATUSES[i % STATUSES.length],
      progress: (i * 13) % 101,
      ownerId: people[i % people.length] ?? null,
      goalIds: [],
      order: key(i),
      notes: i % 10 ? '' : NOTE.repeat(2),
    });
  });
  // distinct pairs among tasks: from the first block of tasks to a later one
  const firstTask = 1 + programs + projects;
  for (let j = 0; j < size.deps; j++) {
    const from = ids[firstTask + j];
    const to = ids[firstTask + size.deps + j];
    if (from && to) board.deps.push({ id: newId('dep'), from, to, type: 'FS', lagDays: j % 5 });
  }
  for (let j = 0; j < size.assignments; j++) {
    board.assignments.push({
      id: newId('assignment'),
      itemId: ids[1 + programs + (j % (size.items - 1 - programs))] ?? ids[0],
      personId: people[j % people.length] ?? null,
      role: '',
      hoursPerWeek: 4 + (j % 20),
    });
  }
  return board;
}
