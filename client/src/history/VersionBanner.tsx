import { useValue } from '../ui/useValue';
import { useHistory } from './HistoryContext';
import { versionTime, versionTitle } from './versionText';

/** While a version is shown in place of the live board, says so plainly, with the way back. */
export function VersionBanner() {
  const { history } = useHistory();
  const shown = useValue(history.shown);
  const versions = useValue(history.versions);
  if (shown === 'now') return null;
  const version = versions.phase === 'ready' ? versions.value.find((v) => v.id === shown) : undefined;
  const what = version ? `“${versionTitle(version)}” (${versionTime(version)})` : `version ${shown}`;
  return (
    <div className="banner version-banner" role="status" data-testid="version-banner">
      <span>Viewing version {what} — read-only.</span>
      <button
        type="button"
        className="button small"
        onClick={() => history.show('now')}
        title="Show the live board again"
      >
        Back to live
      </button>
    </div>
  );
}
