import type { Role } from '@planroom/shared';
import { createContext, useContext } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import type { Resources } from '../resources/resourceSession';
import type { CriticalCache } from '../roadmap/criticalCache';
import type { LayoutEngine } from '../roadmap/layoutEngine';
import type { RollupCache } from '../roadmap/rollupCache';
import type { BoardAccess } from '../sync/api';
import type { BoardStore } from './boardStore';
import type { Session } from './session';
import type { Value } from './signals';
import type { ViewStore } from './viewStore';

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
