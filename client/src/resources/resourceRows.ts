import type { Person, Team } from '@planroom/shared';

/**
 * The rows of the resource view, top to bottom: each team (board order) with its people
 * (by name), then "No team" for people without a (valid) team, then the unstaffed lane
 * with a row per role still to staff.
 */
export type ResourceRow =
  | { kind: 'team'; key: string; teamId: string | null; memberIds: readonly string[] }
  | { kind: 'person'; key: string; personId: string; teamId: string | null }
  | { kind: 'unstaffed'; key: string; roles: readonly string[] }
  | { kind: 'role'; key: string; role: string };

/** Key of the "No team" lane (also its `data-team-id`). */
export const NO_TEAM = 'none';
export const teamKey = (teamId: string | null) => `team:${teamId ?? NO_TEAM}`;
export const roleKey = (role: string) => `role:${role}`;
export const UNSTAFFED_KEY = 'unstaffed';

const byName = (a: Person, b: Person) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1);

/** Roles by name; demand that names no role comes last. */
export function sortRoles(roles: Iterable<string>): string[] {
  return [...new Set(roles)].sort((a, b) => (!a ? 1 : !b ? -1 : a.localeCompare(b)));
}

export function resourceRows(
  teams: readonly Team[],
  people: readonly Person[],
  roles: readonly string[],
): ResourceRow[] {
  const known = new Set(teams.map((t) => t.id));
  const members = new Map<string | null, Person[]>();
  for (const person of [...people].sort(byName)) {
    const team = person.teamId && known.has(person.teamId) ? person.teamId : null;
    members.set(team, [...(members.get(team) ?? []), person]);
  }
  const rows: ResourceRow[] = [];
  const lane = (teamId: string | null) => {
    const list = members.get(teamId) ?? [];
    rows.push({ kind: 'team', key: teamKey(teamId), teamId, memberIds: list.map((p) => p.id) });
    for (const p of list) rows.push({ kind: 'person', key: p.id, personId: p.id, teamId });
  };
  for (const team of teams) lane(team.id);
  if (members.get(null)?.length) lane(null);
  if (people.length || roles.length) {
    const sorted = sortRoles(roles);
    rows.push({ kind: 'unstaffed', key: UNSTAFFED_KEY, roles: sorted });
    for (const role of sorted) rows.push({ kind: 'role', key: roleKey(role), role });
  }
  return rows;
}

/** Two row lists that render the same rows in the same lanes. */
export function sameRows(a: readonly ResourceRow[], b: readonly ResourceRow[]): boolean {
  return a.length === b.length && a.every((row, i) => rowSignature(row) === rowSignature(b[i]));
}

function rowSignature(row: ResourceRow | undefined): string {
  if (!row) return '';
  if (row.kind === 'team') return `${row.key}[${row.memberIds.join(',')}]`;
  if (row.kind === 'person') return `${row.key}@${row.teamId ?? ''}`;
  if (row.kind === 'unstaffed') return `${row.key}[${row.roles.join('\n')}]`;
  return row.key;
}
