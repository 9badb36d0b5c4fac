import { MAX_VERSION_NAME } from '@planroom/shared';
import { type FormEvent, useState } from 'react';
import { closeOnEscape } from '../ui/escape';
import { CloseIcon } from '../ui/icons';
import { useValue } from '../ui/useValue';
import { ChangesSection } from './ChangesSection';
import { useHistory } from './HistoryContext';
import { VersionList } from './VersionList';
import { VersionSlider } from './VersionSlider';

/** Owners and editors name the board as it is now ("Before Q3 QBR"). */
function NameVersionForm() {
  const { history } = useHistory();
  const busy = useValue(history.busy);
  const [name, setName] = useState('');
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) return;
    if (await history.name(name.trim())) setName('');
  }
  return (
    <form className="history-name" onSubmit={submit}>
      <input
        aria-label="Version name"
        placeholder="Name this moment: Before Q3 QBR"
        value={name}
        maxLength={MAX_VERSION_NAME}
        onChange={(e) => setName(e.target.value)}
      />
      <button
        type="submit"
        className="button"
        disabled={busy || !name.trim()}
        title="Keep the board as it is now under this name"
      >
        Save version
      </button>
    </form>
  );
}

/** The board's versions: name one, scrub through them, see what changed, restore. */
export function HistoryPanel() {
  const { history, canEdit } = useHistory();
  const open = useValue(history.open);
  const versions = useValue(history.versions);
  if (!open) return null;
  return (
    <aside
      className="panel history-panel"
      aria-label="Version history"
      data-testid="history-panel"
      onKeyDown={closeOnEscape(() => history.close())}
    >
      <div className="panel-head">
        <h2>
          <span className="panel-kind">History</span>
          <span className="panel-title">Versions of this board</span>
        </h2>
        <button type="button" className="icon-button" onClick={() => history.close()} title="Close history (H)">
          <CloseIcon />
          <span className="sr-only">Close history</span>
        </button>
      </div>
      <div className="panel-body history-body">
        {canEdit && <NameVersionForm />}
        {versions.phase === 'loading' && (
          <p className="history-state" data-testid="history-loading">
            <span className="spinner" aria-hidden="true" /> Loading versions…
          </p>
        )}
        {versions.phase === 'error' && (
          <div className="history-state is-error" role="alert" data-testid="history-error">
            <p>Couldn’t load the versions: {versions.message}</p>
            <button type="button" className="button" onClick={() => void history.refresh()}>
              Try again
            </button>
          </div>
        )}
        {versions.phase === 'ready' && versions.value.length === 0 && (
          <p className="history-state" data-testid="history-empty">
            No versions yet: one is taken every hour while people edit, and when the last person leaves.
          </p>
        )}
        {versions.phase === 'ready' && versions.value.length > 0 && (
          <>
            <VersionSlider versions={versions.value} />
            <ChangesSection versions={versions.value} />
            <VersionList versions={versions.value} />
          </>
        )}
      </div>
    </aside>
  );
}
