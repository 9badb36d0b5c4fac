import { PointerSensor, useSensor, useSensors } from '@dnd-kit/core';

/** The pointer sensor both views drag with: a drag starts after 4 px, so a click still clicks. */
export function useDragSensors() {
  return useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }));
}
