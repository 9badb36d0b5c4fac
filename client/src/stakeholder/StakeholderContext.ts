import { createContext, useContext } from 'react';
import type { BoardContextValue } from '../core/BoardContext';
import type { StatusModel } from './statusModel';

export interface StakeholderContextValue extends BoardContextValue {
  status: StatusModel;
}

export const StakeholderContext = createContext<StakeholderContextValue | null>(null);

export function useStakeholder(): StakeholderContextValue {
  const value = useContext(StakeholderContext);
  if (!value) throw new Error('useStakeholder needs a <StakeholderContext.Provider>');
  return value;
}
