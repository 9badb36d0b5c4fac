import type { VersionInfo } from '../sync/historyApi';
import { useValue } from '../ui/useValue';
import { useHistory } from './HistoryContext';
import type { Point } from './versionBoards';
import { versionTime, versionTitle } from './versionText';

const SLIDER_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown']);

/**
 * Scrubs the board through its versions, oldest on the left and the live board at the
 * right end: the planning session replayed, read-only.
 */
export function VersionSlider({ versions }: { versions: readonly VersionInfo[] }) {
  const { history } = useHistory();
  const shown = useValue(history.shown);
  const doc = useValue(history.shownDoc);
  const fetching = useValue(history.fetching);
  const points: Point[] = [...versions.map((v) => v.id).reverse(), 'now'];
  const at = Math.max(0, points.indexOf(shown));
  const version = versions.find((v) => v.id === shown);
  const label = version ? `${versionTitle(version)} · ${versionTime(version)}` : 'Now (live board)';
  return (
    <section className="history-slider" aria-label="Replay">
      <label className="history-slider-label" htmlFor="history-slider">
        <span>Replay</span>
        <span data-testid="slider-position">
          {version ? `${at + 1} of ${versions.length}: ` : ''}
          {label}
          {fetching && ' (loading…)'}
        </span>
      </label>
      <input
        id="history-slider"
        type="range"
        min={0}
        max={points.length - 1}
        step={1}
        value={at}
        data-testid="version-slider"
        title="Drag, or use the arrow keys, to show the board as it was at each version"
        onChange={(e) => history.show(points[Number(e.target.value)] ?? 'now')}
        // the arrow keys step through versions here, not through the board's items
        onKeyDown={(e) => {
          if (SLIDER_KEYS.has(e.key)) e.stopPropagation();
        }}
      />
      {doc?.phase === 'error' && (
        <p className="history-state is-error" role="alert">
          Couldn’t open this version: {doc.message}
        </p>
      )}
    </section>
  );
}
