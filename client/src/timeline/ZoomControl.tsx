import { useBoard } from '../core/BoardContext';
import { FitIcon } from '../ui/icons';
import { useScale } from './TimelineContext';
import { PX_PER_DAY, ZOOM_LABELS, ZOOMS } from './timeScale';
import { levelFor } from './zoom';

/** Zoom presets, and zoom to fit (the selection, or everything shown). */
export function ZoomControl() {
  const { prefs, session } = useBoard();
  const level = levelFor(useScale().ppd);
  return (
    <>
      {/* Buttons, not a <select>: a viewer's page has no form fields at all. */}
      <fieldset className="zoom" data-testid="zoom">
        <legend className="sr-only">Zoom</legend>
        {ZOOMS.map((z) => (
          <button
            key={z}
            type="button"
            className="zoom-option"
            aria-pressed={level === z}
            onClick={() => prefs.ppd.set(PX_PER_DAY[z])}
            title={`Zoom to ${ZOOM_LABELS[z].toLowerCase()} (Ctrl or ⌘ + wheel, or pinch, zooms freely)`}
          >
            {ZOOM_LABELS[z]}
          </button>
        ))}
      </fieldset>
      <button
        type="button"
        className="icon-button"
        data-testid="zoom-fit"
        title="Zoom to fit the selection, or everything shown (F)"
        onClick={() => session.timeline?.fit([...session.selected.get()])}
      >
        <FitIcon />
        <span className="sr-only">Zoom to fit</span>
      </button>
    </>
  );
}
