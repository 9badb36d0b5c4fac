import type { Role } from '@planroom/shared';
import { createContext, useContext } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import type { BoardAccess } from '../lib/api';
import type { BoardStore } from '../lib/boardStore';
import type { Session } from './session';

export interface BoardContextValue {
  boardId: string;
  doc: Y.Doc;
  provider: WebsocketProvider;
  store: BoardStore;
  session: Session;
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
