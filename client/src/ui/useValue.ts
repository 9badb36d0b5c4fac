import { useSyncExternalStore } from 'react';
import type { Value } from './signals';

/** Session values (selection, dialogs) live outside React state; read them like this. */
export function useValue<T>(value: Value<T>): T {
  return useSyncExternalStore(value.subscribe, value.get);
}
