import { createPerson, createTeam, updateAssignment, updatePerson, ValidationError } from '@planroom/shared';
import { edit } from '../core/edit';
import type { ResourcesContextValue } from './ResourcesContext';

/** How the forms label the fields of people, teams and assignments. */
const FIELD_LABELS: Record<string, string> = {
  name: 'Name',
  role: 'Role',
  teamId: 'Team',
  capacityHoursPerWeek: 'Capacity',
  color: 'Colour',
  timeOff: 'Time off',
  itemId: 'Item',
  personId: 'Person',
  hoursPerWeek: 'Hours per week',
  percent: 'Percent',
};

function relabel(error: unknown): unknown {
  if (!(error instanceof ValidationError)) return error;
  return new ValidationError(error.problems.map((p) => ({ ...p, field: FIELD_LABELS[p.field] ?? p.field })));
}

/**
 * One write from a resource form: shared validates and writes nothing when it refuses,
 * and the reason comes back in the form's words ("Capacity must be between 0.5 and 168").
 */
export function write(ctx: ResourcesContextValue, run: () => void, onError?: (message: string) => void): boolean {
  return edit(
    ctx,
    () => {
      try {
        run();
      } catch (error) {
        throw relabel(error);
      }
    },
    onError,
  );
}

const PALETTE = ['#3b6fd8', '#0f9d8a', '#b35c1e', '#7b4bc4', '#c2417a', '#2f7d32', '#a07a12', '#4d6275'];

/**
 * A new person's name. Like "Unnamed item", it shares no word with a field label or a
 * button, so test locators stay unambiguous.
 */
export const NEW_PERSON = 'Unnamed person';
export const NEW_TEAM = 'Unnamed team';

/** Adds a person (to a team, if given) and opens them with the name ready to type. */
export function addPerson(ctx: ResourcesContextValue, teamId: string | null): void {
  let id: string | null = null;
  const color = PALETTE[ctx.store.people.all().length % PALETTE.length];
  write(ctx, () => {
    id = createPerson(ctx.doc, { name: NEW_PERSON, teamId, color });
  });
  if (id) {
    openPerson(ctx, id);
    ctx.resources.session.focusName.set(id);
  }
}

export function addTeam(ctx: ResourcesContextValue): void {
  let id: string | null = null;
  write(ctx, () => {
    id = createTeam(ctx.doc, { name: NEW_TEAM });
  });
  if (id) ctx.resources.session.focusName.set(id);
}

/** The person panel replaces the item panel (one side panel at a time). */
export function openPerson(ctx: ResourcesContextValue, personId: string | null): void {
  if (personId) ctx.session.select(null);
  ctx.resources.session.person.set(personId);
}

export function openItem(ctx: ResourcesContextValue, itemId: string): void {
  ctx.resources.session.person.set(null);
  ctx.session.select(itemId);
}

/**
 * Gives an assignment to someone else, or releases it as unstaffed demand (named by the
 * role it needs: the target row's, its own, or the person's it leaves). One transaction,
 * one undo step.
 */
export function reassign(
  ctx: ResourcesContextValue,
  assignmentId: string,
  to: { personId: string } | { role: string | null },
): boolean {
  const a = ctx.resources.model.assignments.get(assignmentId);
  if (!a) return false;
  if ('personId' in to) {
    if (to.personId === a.personId) return false;
    return write(ctx, () => updateAssignment(ctx.doc, assignmentId, { personId: to.personId }));
  }
  const leaving = a.personId ? ctx.store.people.get(a.personId) : undefined;
  const role = to.role ?? (a.role.trim() || leaving?.role || '');
  if (a.personId === null && role === a.role) return false;
  return write(ctx, () => updateAssignment(ctx.doc, assignmentId, { personId: null, role }));
}

export function moveToTeam(ctx: ResourcesContextValue, personId: string, teamId: string | null): boolean {
  const person = ctx.store.people.get(personId);
  if (!person || person.teamId === teamId) return false;
  return write(ctx, () => updatePerson(ctx.doc, personId, { teamId }));
}
