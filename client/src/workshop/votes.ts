import { type Item, matchesFilter, readVoteResult, type VoteResult, WORKSHOP_MAP } from '@planroom/shared';
import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { BoardContextValue } from '../core/BoardContext';
import { viewFilter } from '../core/viewState';

/** What a facilitator can put to the vote. */
export type VoteScope = { kind: 'selection' } | { kind: 'shown' } | { kind: 'lane'; laneId: string };

/** The items of a scope, in the board's order: the selection, what the filters show, or a lane. */
export function scopeItems(ctx: BoardContextValue, scope: VoteScope): string[] {
  const items = [...ctx.store.getItems().values()];
  const people = ctx.store.people.byId();
  const pick = (item: Item) => {
    if (scope.kind === 'selection') return ctx.session.selected.get().has(item.id);
    if (scope.kind === 'lane') return item.laneId === scope.laneId;
    return matchesFilter(item, viewFilter(ctx.view.get()), people);
  };
  return items
    .filter(pick)
    .sort((a, b) => a.start.localeCompare(b.start) || a.title.localeCompare(b.title))
    .map((item) => item.id);
}

/** The last revealed vote in the document (everyone's tallies), re-read when it changes. */
export function useVoteResult(ctx: BoardContextValue): VoteResult | null {
  const map = ctx.doc.getMap(WORKSHOP_MAP);
  const last = useRef<{ raw: unknown; result: VoteResult | null }>({ raw: undefined, result: null });
  const subscribe = useCallback(
    (cb: () => void) => {
      map.observe(cb);
      return () => map.unobserve(cb);
    },
    [map],
  );
  return useSyncExternalStore(subscribe, () => {
    const raw = map.get('lastVote');
    if (raw !== last.current.raw) last.current = { raw, result: readVoteResult(ctx.doc) };
    return last.current.result;
  });
}
