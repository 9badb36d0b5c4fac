import { createContext, useContext } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import type { BoardContextValue } from '../core/BoardContext';
import { Value } from '../ui/signals';
import { WorkshopChannel } from './channel';
import { savedName } from './identity';
import { PresenceModel } from './presenceModel';

/** The live workshop's parts: others' presence, the workshop channel, whom this person follows. */
export interface Workshop {
  presence: PresenceModel;
  channel: WorkshopChannel;
  /** The awareness client id being followed, or null. */
  following: Value<number | null>;
  /** This person's display name (null until given). */
  name: Value<string | null>;
}

export interface WorkshopContextValue extends BoardContextValue {
  workshop: Workshop;
}

export function createWorkshop(provider: WebsocketProvider): Workshop {
  return {
    presence: new PresenceModel(provider.awareness),
    channel: new WorkshopChannel(provider),
    following: new Value<number | null>(null),
    name: new Value(savedName()),
  };
}

export function destroyWorkshop(workshop: Workshop): void {
  workshop.presence.destroy();
  workshop.channel.destroy();
}

export const WorkshopContext = createContext<WorkshopContextValue | null>(null);

export function useWorkshop(): WorkshopContextValue {
  const value = useContext(WorkshopContext);
  if (!value) throw new Error('useWorkshop needs a <WorkshopContext.Provider>');
  return value;
}
