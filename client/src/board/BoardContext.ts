import type { Role } from '@planroom/shared';
import { createContext, useContext } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import type { BoardAccess } from '../lib/api';
import type { BoardStore } from '../lib/boardStore';
import type { CriticalCache } from '../lib/criticalCache';
import type { LayoutEngine } from '../lib/layoutEngine';
import type { RollupCache } from '../lib/rollupCache';
import type { Value } from '../lib/signals';
import type { ViewStore } from '../lib/viewStore';
import type { Resources } from '../resources/resourceSession';
import type { Session } from './session';

/** This person's view preferences on this device (local storage, not the URL). */
export interface Prefs {
  /** Pixels per day. */
  ppd: Value<number>;
  collapsed: Value<ReadonlySet<string>>;
  moveDependents: Value<boolean>;
}

export interface BoardContextValue {
  boardId: string;
  doc: Y.Doc;
  provider: WebsocketProvider;
  store: BoardStore;
  session: Session;
  /** Grouping, search, filters, critical path: in the URL. */
  view: ViewStore;
  prefs: Prefs;
  engine: LayoutEngine;
  rollups: RollupCache;
  critical: CriticalCache;
  /** People, teams and weekly load (the resource view, and assignments in the item panel). */
  resources: Resources;
  access: BoardAccess;
  role: Role;
  canEdit: boolean;
  /** Null for viewers: they have nothing to undo. */
  undoManager: Y.UndoManager | null;
}

export const BoardContext = createContext<BoardContextValue | null>(null);

export function useBoard(): BoardContextValue {
  const value = useContext(BoardContext);
  if (!value) throw new Error('useBoard needs a <BoardContext.Provider>');
  return value;
}
