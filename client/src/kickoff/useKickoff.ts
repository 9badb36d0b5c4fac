import {
  type FullBoardSnapshot,
  heatMap,
  type KickoffView,
  kickoffIdFor,
  kickoffView,
  type RaciMatrix,
  type Readiness,
  raciMatrix,
  readiness,
} from '@planroom/shared';
import { useMemo, useSyncExternalStore } from 'react';
import { useKickoffBoard } from './KickoffContext';

/** The board as the kickoff view reads it; re-renders when something a kickoff shows changes. */
export function useKickoffSnapshot(): FullBoardSnapshot {
  const { kickoffs } = useKickoffBoard();
  return useSyncExternalStore(kickoffs.subscribe, kickoffs.get);
}

/** One kickoff with its rules worked out: what the kickoff view renders. */
export interface OpenKickoff {
  board: FullBoardSnapshot;
  view: KickoffView;
  matrix: RaciMatrix;
  readiness: Readiness;
  heat: ReturnType<typeof heatMap>;
}

/** The kickoff of a project or program, or null when it has none (or it needs attention). */
export function useKickoff(itemId: string): OpenKickoff | null {
  const board = useKickoffSnapshot();
  return useMemo(() => {
    const view = kickoffView(board, kickoffIdFor(itemId));
    if (!view) return null;
    return {
      board,
      view,
      matrix: raciMatrix(view, board),
      readiness: readiness(view, board.items),
      heat: heatMap(view.risks),
    };
  }, [board, itemId]);
}
