import type { RollUp } from '@planroom/shared';
import { useCallback, useSyncExternalStore } from 'react';
import type { CriticalInfo } from './criticalCache';
import type { Place, RowEntry, Structure } from './layoutEngine';
import { useRoadmap } from './RoadmapContext';

/*
 * Subscriptions to the layout and the per-entity caches, keyed like useYjs: a row wakes
 * when its boxes change, an arrow when one of its ends moves, a bar when its roll-up or
 * critical-path state changes.
 */

export function useStructure(): Structure {
  const { engine } = useRoadmap();
  return useSyncExternalStore(engine.subscribeStructure, engine.getStructure);
}

export function useRowEntry(key: string): RowEntry | undefined {
  const { engine } = useRoadmap();
  const subscribe = useCallback((cb: () => void) => engine.subscribeRow(key, cb), [engine, key]);
  return useSyncExternalStore(subscribe, () => engine.getRow(key));
}

export function usePlace(id: string): Place | undefined {
  const { engine } = useRoadmap();
  const subscribe = useCallback((cb: () => void) => engine.subscribePlace(id, cb), [engine, id]);
  return useSyncExternalStore(subscribe, () => engine.getPlace(id));
}

export function useRollup(id: string): RollUp | undefined {
  const { rollups } = useRoadmap();
  const subscribe = useCallback((cb: () => void) => rollups.subscribe(id, cb), [rollups, id]);
  return useSyncExternalStore(subscribe, () => rollups.get(id));
}

export function useCritical(id: string): CriticalInfo | undefined {
  const { critical } = useRoadmap();
  const subscribe = useCallback((cb: () => void) => critical.subscribe(id, cb), [critical, id]);
  return useSyncExternalStore(subscribe, () => critical.get(id));
}
