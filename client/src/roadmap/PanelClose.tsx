import { CloseIcon } from '../ui/icons';
import { useRoadmap } from './RoadmapContext';

/** The side panel's close button. */
export function PanelClose() {
  const { session } = useRoadmap();
  return (
    <button type="button" className="icon-button" onClick={() => session.panelOpen.set(false)} title="Close details">
      <CloseIcon />
      <span className="sr-only">Close details</span>
    </button>
  );
}
