import { createContext, useContext } from 'react';
import type { BoardContextValue } from '../core/BoardContext';
import type { Resources } from './resourceSession';

export interface ResourcesContextValue extends BoardContextValue {
  /** People, teams and weekly load (the resource view, and assignments in the item panel). */
  resources: Resources;
}

export const ResourcesContext = createContext<ResourcesContextValue | null>(null);

export function useResourceBoard(): ResourcesContextValue {
  const value = useContext(ResourcesContext);
  if (!value) throw new Error('useResourceBoard needs a <ResourcesContext.Provider>');
  return value;
}
