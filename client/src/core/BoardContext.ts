import type { Role } from '@planroom/shared';
import { createContext, useContext } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import type { BoardAccess } from '../sync/api';
import type { Value } from '../ui/signals';
import type { BoardStore } from './boardStore';
import type { CommentReads } from './commentReads';
import type { Session } from './session';
import type { ViewStore } from './viewStore';

/** This person's view preferences on this device (local storage, not the URL). */
export interface Prefs {
  /** Pixels per day. */
  ppd: Value<number>;
  collapsed: Value<ReadonlySet<string>>;
  moveDependents: Value<boolean>;
}

/**
 * What every part of an open board shares: the document and its store, who is looking
 * (access, role) and their session, view and undo. Each feature adds its own parts in its
 * own context (`RoadmapContext`, `ResourcesContext`) on top of this one.
 */
export interface BoardContextValue {
  boardId: string;
  doc: Y.Doc;
  provider: WebsocketProvider;
  store: BoardStore;
  session: Session;
  /** The view in the URL: which view, grouping, search, filters, critical path. */
  view: ViewStore;
  prefs: Prefs;
  access: BoardAccess;
  role: Role;
  /** False for viewers, and for anyone in presentation (which is built on it). */
  canEdit: boolean;
  /** What this browser has read of the board's comments (bars show unread counts). */
  commentReads: CommentReads;
  /** The clean read-only presentation roadmap (`?present=1`, the default for viewers). */
  presenting: boolean;
  /** Null for viewers: they have nothing to undo. */
  undoManager: Y.UndoManager | null;
}

export const BoardContext = createContext<BoardContextValue | null>(null);

export function useBoard(): BoardContextValue {
  const value = useContext(BoardContext);
  if (!value) throw new Error('useBoard needs a <BoardContext.Provider>');
  return value;
}
