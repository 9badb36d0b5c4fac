import { createContext, useContext } from 'react';
import type { BoardContextValue } from '../core/BoardContext';
import type { HistoryModel } from './historyModel';

/** The history feature's parts on top of the core board context; the shell provides it. */
export interface HistoryContextValue extends BoardContextValue {
  history: HistoryModel;
}

export const HistoryContext = createContext<HistoryContextValue | null>(null);

export function useHistory(): HistoryContextValue {
  const value = useContext(HistoryContext);
  if (!value) throw new Error('useHistory needs a <HistoryContext.Provider>');
  return value;
}
