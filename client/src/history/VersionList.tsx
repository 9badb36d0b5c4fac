import { MAX_VERSION_NAME } from '@planroom/shared';
import { type KeyboardEvent, useState } from 'react';
import type { VersionInfo } from '../sync/historyApi';
import { useValue } from '../ui/useValue';
import { useHistory } from './HistoryContext';
import { versionPeople, versionTime, versionTitle } from './versionText';

function RenameForm({ version, onDone }: { version: VersionInfo; onDone: () => void }) {
  const { history } = useHistory();
  const [name, setName] = useState(version.name ?? '');
  async function save() {
    if (!name.trim()) return;
    if (await history.rename(version.id, name.trim())) onDone();
  }
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter') void save();
    if (e.key === 'Escape') {
      // cancels the rename, not the panel
      e.preventDefault();
      onDone();
    }
  };
  return (
    <div className="version-rename">
      <input
        aria-label="New name"
        value={name}
        maxLength={MAX_VERSION_NAME}
        // biome-ignore lint/a11y/noAutofocus: the field was just asked for
        autoFocus
        onChange={(e) => setName(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <button type="button" className="button small" onClick={() => void save()} disabled={!name.trim()}>
        Save
      </button>
      <button type="button" className="button small" onClick={onDone}>
        Cancel
      </button>
    </div>
  );
}

function RestoreConfirm({ version, onDone }: { version: VersionInfo; onDone: () => void }) {
  const { history } = useHistory();
  const busy = useValue(history.busy);
  return (
    <div className="version-confirm">
      <span>Everyone’s board goes back to this version. You can undo it right after.</span>
      <button
        type="button"
        className="button primary small"
        disabled={busy}
        onClick={async () => {
          if (await history.restore(version)) onDone();
        }}
      >
        Restore for everyone
      </button>
      <button type="button" className="button small" onClick={onDone}>
        Cancel
      </button>
    </div>
  );
}

function VersionRow({ version }: { version: VersionInfo }) {
  const { history, canEdit, role } = useHistory();
  const shown = useValue(history.shown) === version.id;
  const [mode, setMode] = useState<'rename' | 'restore' | null>(null);
  return (
    <li className={`version${shown ? ' is-shown' : ''}`} data-testid="version" data-version-id={version.id}>
      <button
        type="button"
        className="version-show"
        aria-pressed={shown}
        title="Show the board as it was then (read-only)"
        onClick={() => history.show(shown ? 'now' : version.id)}
      >
        <span className={`version-name${version.name ? '' : ' is-unnamed'}`}>{versionTitle(version)}</span>
        <span className="version-time">{versionTime(version)}</span>
      </button>
      <span className="version-people" title="Who was connected since the version before">
        {versionPeople(version)}
      </span>
      {mode === 'rename' && <RenameForm version={version} onDone={() => setMode(null)} />}
      {mode === 'restore' && <RestoreConfirm version={version} onDone={() => setMode(null)} />}
      {mode === null && (canEdit || role === 'owner') && (
        <span className="version-actions">
          {canEdit && (
            <button
              type="button"
              className="link-button"
              onClick={() => setMode('rename')}
              title="Give this version a name"
            >
              {version.name ? 'Rename' : 'Name'}
            </button>
          )}
          {role === 'owner' && (
            <button
              type="button"
              className="link-button"
              onClick={() => setMode('restore')}
              title="Make the board this version again, for everyone (owners only)"
            >
              Restore…
            </button>
          )}
        </span>
      )}
    </li>
  );
}

/** Newest first: time, name (or why it was taken), who was connected. */
export function VersionList({ versions }: { versions: readonly VersionInfo[] }) {
  return (
    <section className="history-versions" aria-label="Versions">
      <h3>Versions</h3>
      <ol className="version-list">
        {versions.map((v) => (
          <VersionRow key={v.id} version={v} />
        ))}
      </ol>
    </section>
  );
}
