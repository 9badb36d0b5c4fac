import { type Change, changeText } from '@planroom/shared';
import type { VersionInfo } from '../sync/historyApi';
import { useValue } from '../ui/useValue';
import { useHistory } from './HistoryContext';
import type { Point } from './versionBoards';
import { versionTime, versionTitle } from './versionText';

/** A long summary is cut here: past a few hundred lines nobody reads on, and the DOM stays light. */
const SHOWN = 200;

const BEFORE = '';
const NOW = 'now';
const toOption = (p: Point | null) => (p === null ? BEFORE : String(p));
const fromOption = (v: string): Point | null => (v === BEFORE ? null : v === NOW ? 'now' : Number(v));

/** The item a change is about, when it is on the board shown. */
function itemOf(change: Change): string | null {
  if (change.kind === 'removed') return null;
  return 'itemId' in change ? change.itemId : change.to.itemId;
}

/** On the live board a change leads to its item: selected and scrolled into view. */
function ChangeRow({ change, live }: { change: Change; live: boolean }) {
  const { session } = useHistory();
  const itemId = live ? itemOf(change) : null;
  const text = changeText(change);
  return (
    <li className={`change change-${change.kind}`} data-testid="change" data-kind={change.kind}>
      {itemId ? (
        <button
          type="button"
          className="change-link"
          title="Select this item on the board"
          onClick={() => {
            session.select(itemId, false);
            session.timeline?.reveal(itemId);
          }}
        >
          {text}
        </button>
      ) : (
        text
      )}
    </li>
  );
}

/** "What changed" from a chosen point (by default the version before) to the board shown. */
export function ChangesSection({ versions }: { versions: readonly VersionInfo[] }) {
  const { history } = useHistory();
  const from = useValue(history.from);
  const shown = useValue(history.shown);
  const changes = useValue(history.changes);
  const shownVersion = versions.find((v) => v.id === shown);
  return (
    <section className="history-changes" aria-label="What changed" data-testid="what-changed">
      <h3>What changed</h3>
      <label className="history-from">
        <span>From</span>
        <select
          value={toOption(from)}
          onChange={(e) => history.setFrom(fromOption(e.target.value))}
          title="Compare the board shown with this moment"
        >
          <option value={BEFORE}>{shown === 'now' ? 'The latest version' : 'The version before'}</option>
          {versions.map((v) => (
            <option key={v.id} value={String(v.id)}>
              {versionTitle(v)} · {versionTime(v)}
            </option>
          ))}
          <option value={NOW}>Now (live board)</option>
        </select>
      </label>
      <p className="history-to">
        to {shownVersion ? `${versionTitle(shownVersion)} · ${versionTime(shownVersion)}` : 'now (live board)'}
      </p>
      {changes === null && <p className="history-state">Nothing to compare with yet.</p>}
      {changes?.phase === 'loading' && (
        <p className="history-state">
          <span className="spinner" aria-hidden="true" /> Comparing…
        </p>
      )}
      {changes?.phase === 'error' && (
        <p className="history-state is-error" role="alert">
          Couldn’t compare: {changes.message}
        </p>
      )}
      {changes?.phase === 'ready' && changes.value.length === 0 && (
        <p className="history-state" data-testid="no-changes">
          No changes to items, people or dependencies.
        </p>
      )}
      {changes?.phase === 'ready' && changes.value.length > 0 && (
        <>
          <p className="history-count">
            {changes.value.length} change{changes.value.length === 1 ? '' : 's'}, marked on the roadmap
          </p>
          <ul className="change-list">
            {changes.value.slice(0, SHOWN).map((c, i) => (
              // a change has no id of its own; the list is rebuilt whole on each comparison
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <ChangeRow key={i} change={c} live={shown === 'now'} />
            ))}
          </ul>
          {changes.value.length > SHOWN && <p className="history-state">and {changes.value.length - SHOWN} more</p>}
        </>
      )}
    </section>
  );
}
