import { type ComponentType, createContext, useContext } from 'react';
import type { BoardContextValue } from '../core/BoardContext';
import type { CriticalCache } from './criticalCache';
import type { LayoutEngine } from './layoutEngine';
import type { RollupCache } from './rollupCache';

/** Parts of the item panel that other features supply; the shell fills them in. */
export interface RoadmapSlots {
  /** Who works on an item (the resource feature's assignments field). */
  ItemAssignments: ComponentType<{ itemId: string }> | null;
  /** Who else is on the item right now (the workshop's "Anna is editing this"). */
  ItemPresence: ComponentType<{ itemId: string }> | null;
  /** The item's KPIs and open risks (the kickoff feature's measures). */
  ItemMeasures: ComponentType<{ itemId: string }> | null;
  /** Drawn inside each bar: history's "what changed" mark. */
  BarMark?: ComponentType<{ itemId: string }> | null;
  /** The item's comment threads (the comments feature). */
  ItemComments: ComponentType<{ itemId: string }> | null;
}

/** The roadmap's own parts: its layout, roll-ups and critical path, and the slots the shell fills. */
export interface RoadmapParts {
  engine: LayoutEngine;
  rollups: RollupCache;
  critical: CriticalCache;
  slots: RoadmapSlots;
}

export interface RoadmapContextValue extends BoardContextValue, RoadmapParts {}

export const RoadmapContext = createContext<RoadmapContextValue | null>(null);

export function useRoadmap(): RoadmapContextValue {
  const value = useContext(RoadmapContext);
  if (!value) throw new Error('useRoadmap needs a <RoadmapContext.Provider>');
  return value;
}
