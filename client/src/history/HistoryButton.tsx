import { HistoryIcon } from '../ui/icons';
import { useValue } from '../ui/useValue';
import { useHistory } from './HistoryContext';

/** The header's way into the history panel. */
export function HistoryButton() {
  const { history } = useHistory();
  const open = useValue(history.open);
  return (
    <button
      type="button"
      className="button"
      aria-pressed={open}
      data-testid="history-button"
      onClick={() => history.toggle()}
      title="Version history: replay the board, see what changed, name versions (H)"
    >
      <HistoryIcon size={14} />
      <span className="head-label">History</span>
    </button>
  );
}
