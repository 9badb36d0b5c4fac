import { useBoard } from '../core/BoardContext';
import { CloseIcon } from './icons';

/** The side panel's close button. */
export function PanelClose() {
  const { session } = useBoard();
  return (
    <button type="button" className="icon-button" onClick={() => session.panelOpen.set(false)} title="Close details">
      <CloseIcon />
      <span className="sr-only">Close details</span>
    </button>
  );
}
