import { descendantsOf, type FullBoardSnapshot, type Item } from '@planroom/shared';
import { useId, useMemo } from 'react';
import { edit } from '../core/edit';
import { useLazyOptions } from '../ui/useLazyOptions';
import { useKickoffBoard } from './KickoffContext';

/** Items to offer for linking: the kickoff's own project and what is under it first, then the rest. */
export function itemOptions(board: FullBoardSnapshot, projectId: string): Item[] {
  const mine = new Set(descendantsOf(board.items, [projectId]));
  const byDate = (a: Item, b: Item) =>
    a.start < b.start ? -1 : a.start > b.start ? 1 : a.title.localeCompare(b.title);
  const all = [...board.items.values()];
  return [
    ...all.filter((i) => i.id === projectId || mine.has(i.id)).sort(byDate),
    ...all.filter((i) => i.id !== projectId && !mine.has(i.id)).sort(byDate),
  ];
}

/** Shows the roadmap with an item selected and in view. */
export function useShowOnRoadmap() {
  const { session, view } = useKickoffBoard();
  return (itemId: string) => {
    session.select(itemId);
    view.update({ mode: 'roadmap' });
    requestAnimationFrame(() => session.timeline?.reveal(itemId));
  };
}

/**
 * The roadmap items a kickoff record is linked to, as chips (click to see one on the
 * roadmap), with a picker to add one and × to remove one. Each change is one write.
 */
export function ItemLinks(props: {
  ids: readonly string[];
  board: FullBoardSnapshot;
  projectId: string;
  write: (ids: string[]) => void;
  what: string;
}) {
  const ctx = useKickoffBoard();
  const selectId = useId();
  const show = useShowOnRoadmap();
  const { ids, board, projectId, write } = props;
  const [open, reach] = useLazyOptions();
  const options = useMemo(() => (open ? itemOptions(board, projectId) : []), [open, board, projectId]);
  return (
    <span className="item-links" data-testid="item-links">
      {ids.map((id) => {
        const item = board.items.get(id);
        return (
          <span key={id} className="item-chip">
            <button
              type="button"
              className="link-button"
              title="Show on the roadmap"
              onClick={() => show(id)}
              disabled={!item}
            >
              {item?.title ?? 'Needs attention'}
            </button>
            {ctx.canEdit && (
              <button
                type="button"
                className="chip-remove"
                aria-label={`Unlink ${item?.title ?? id} from ${props.what}`}
                title="Unlink"
                onClick={() => edit(ctx, () => write(ids.filter((other) => other !== id)))}
              >
                ×
              </button>
            )}
          </span>
        );
      })}
      {ctx.canEdit && (
        <>
          <label className="sr-only" htmlFor={selectId}>
            Link an item to {props.what}
          </label>
          <select
            id={selectId}
            className="item-pick"
            value=""
            {...reach}
            title="Link a roadmap item that delivers this"
            onChange={(e) => {
              const id = e.target.value;
              if (id && !ids.includes(id)) edit(ctx, () => write([...ids, id]));
            }}
          >
            <option value="">+ Link item…</option>
            {options
              .filter((item) => !ids.includes(item.id))
              .map((item) => (
                <option key={item.id} value={item.id}>
                  {item.title} ({item.start})
                </option>
              ))}
          </select>
        </>
      )}
      {!ctx.canEdit && ids.length === 0 && <span className="kickoff-note">No items linked</span>}
    </span>
  );
}
