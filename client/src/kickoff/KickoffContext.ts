import { createContext, useContext } from 'react';
import type { BoardContextValue } from '../core/BoardContext';
import type { KickoffModel } from './kickoffModel';

/** What the kickoff view takes from other features; the shell fills it in. */
export interface KickoffSlots {
  /** Starts the workshop timer for an agenda step's time box (null for those who may not run it). */
  startTimer: ((minutes: number) => void) | null;
}

export interface KickoffContextValue extends BoardContextValue {
  kickoffs: KickoffModel;
  kickoffSlots: KickoffSlots;
}

export const KickoffContext = createContext<KickoffContextValue | null>(null);

export function useKickoffBoard(): KickoffContextValue {
  const value = useContext(KickoffContext);
  if (!value) throw new Error('useKickoffBoard needs a <KickoffContext.Provider>');
  return value;
}
