import { Value } from '../ui/signals';
import type { CapacityModel } from './capacityModel';

export type ResourceDialog =
  | { kind: 'delete-person'; personId: string }
  | { kind: 'delete-team'; teamId: string }
  | null;

/** A hovered or focused week of someone's load: where to show its tooltip and what it says. */
export interface LoadTip {
  x: number;
  y: number;
  text: string;
  over: boolean;
}

/**
 * Session state of the resource view (never in the document): the person whose panel is
 * open, a confirmation being asked, a field to focus once it renders, the load tooltip.
 */
export class ResourceSession {
  readonly person = new Value<string | null>(null);
  readonly dialog = new Value<ResourceDialog>(null);
  /** A person or team just added: its name field takes focus when it renders. */
  readonly focusName = new Value<string | null>(null);
  readonly tip = new Value<LoadTip | null>(null);
}

/** Who does the work: the capacity model and the resource view's session state. */
export interface Resources {
  model: CapacityModel;
  session: ResourceSession;
}
