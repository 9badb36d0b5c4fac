import type { Assignment, Team } from '@planroom/shared';
import { useSyncExternalStore } from 'react';
import { useDerived } from '../core/records';
import { useResourceBoard } from './ResourcesContext';

/** The board's valid teams in board order. */
export function useTeams(): Team[] {
  const { teams } = useResourceBoard().resources.model;
  return useSyncExternalStore(teams.subscribeAll, teams.all);
}

const sameList = (a: readonly Assignment[], b: readonly Assignment[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** The assignments of one item, or of one person (staffed first); re-renders only when that list changes. */
export function useAssignments(by: { itemId: string } | { personId: string }): Assignment[] {
  const { model } = useResourceBoard().resources;
  const match = (a: Assignment) => ('itemId' in by ? a.itemId === by.itemId : a.personId === by.personId);
  return useDerived(
    model.assignments.subscribeAll,
    () =>
      model.assignments
        .all()
        .filter(match)
        .sort((a, b) => (a.personId === null ? 1 : 0) - (b.personId === null ? 1 : 0) || (a.id < b.id ? -1 : 1)),
    sameList,
  );
}
