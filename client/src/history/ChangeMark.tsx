import type { ChangeMark as Mark } from '@planroom/shared';
import { useCallback, useSyncExternalStore } from 'react';
import { useHistory } from './HistoryContext';

const LABELS: Record<Mark, string> = {
  added: 'New',
  moved: 'Moved',
  status: 'Status',
  reassigned: 'People',
  dependency: 'Link',
};

const NONE = '';

/**
 * Drawn inside a roadmap bar (the roadmap's `BarMark` slot): an outline and a small tag
 * when "what changed" touched the item. Subscribed to this item's marks only, as a key,
 * so a new comparison re-renders the marked bars, not the bars' own content.
 */
export function ChangeMark({ itemId }: { itemId: string }) {
  const { history } = useHistory();
  const get = useCallback(() => history.marks.get().get(itemId)?.join(' ') ?? NONE, [history, itemId]);
  const key = useSyncExternalStore(history.marks.subscribe, get);
  if (key === NONE) return null;
  const marks = key.split(' ') as Mark[];
  const first = marks[0] ?? 'moved';
  return (
    <span className={`change-mark mark-${first}`} data-testid="change-mark" data-marks={key} aria-hidden="true">
      <span className="change-tag">{marks.map((m) => LABELS[m]).join(' · ')}</span>
    </span>
  );
}
