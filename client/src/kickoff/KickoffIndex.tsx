import {
  createKickoff,
  type FullBoardSnapshot,
  type Item,
  KICKOFF_ITEM_KINDS,
  kickoffIdFor,
  kickoffView,
  readiness,
} from '@planroom/shared';
import { useMemo } from 'react';
import { edit } from '../core/edit';
import { useKickoffBoard } from './KickoffContext';
import { Empty } from './Section';
import { useKickoffSnapshot } from './useKickoff';

interface Row {
  item: Item;
  /** Checks still missing, or null when the item has no kickoff yet. */
  gaps: number | null;
}

function rows(board: FullBoardSnapshot): Row[] {
  return [...board.items.values()]
    .filter((item) => KICKOFF_ITEM_KINDS.includes(item.kind))
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.title.localeCompare(b.title)))
    .map((item) => {
      const view = kickoffView(board, kickoffIdFor(item.id));
      return { item, gaps: view ? readiness(view, board.items).gaps.length : null };
    });
}

/** Opens (and, for an editor, starts) the kickoff of a project or program. */
export function useOpenKickoff() {
  const ctx = useKickoffBoard();
  return (itemId: string, template?: 'project-kickoff') => {
    const has = ctx.kickoffs.get().kickoffs.has(kickoffIdFor(itemId));
    if (!has && !edit(ctx, () => createKickoff(ctx.doc, itemId, template ? { template } : {}))) return;
    ctx.view.update({ mode: 'kickoff', kickoff: itemId });
  };
}

/** The kickoff view without a kickoff chosen: every project and program, and how ready its kickoff is. */
export function KickoffIndex() {
  const { canEdit } = useKickoffBoard();
  const board = useKickoffSnapshot();
  const list = useMemo(() => rows(board), [board]);
  const open = useOpenKickoff();
  return (
    <div className="kickoff-index" data-testid="kickoff-index">
      <h1>Kickoffs</h1>
      <p className="kickoff-hint">
        A kickoff settles a project's purpose, scope, roles, measures and risks, linked to the roadmap items that
        deliver them. Everyone on the board edits it live.
      </p>
      {list.length === 0 ? (
        <Empty>No projects or programs on this board yet: add one on the roadmap to give it a kickoff.</Empty>
      ) : (
        <ul className="kickoff-list">
          {list.map(({ item, gaps }) => (
            <li key={item.id} data-testid="kickoff-row" data-item={item.id}>
              <span className="kickoff-list-kind">{item.kind === 'program' ? 'Program' : 'Project'}</span>
              <span className="kickoff-list-title">{item.title}</span>
              <span className="kickoff-list-dates">
                {item.start} – {item.end}
              </span>
              <span className="kickoff-list-state">
                {gaps === null ? 'No kickoff yet' : gaps === 0 ? 'Ready' : `${gaps} still missing`}
              </span>
              <span className="kickoff-list-actions">
                {gaps !== null ? (
                  <button type="button" className="button" onClick={() => open(item.id)}>
                    Open kickoff
                  </button>
                ) : canEdit ? (
                  <>
                    <button
                      type="button"
                      className="button primary"
                      onClick={() => open(item.id, 'project-kickoff')}
                      title="Starts the kickoff with the project kickoff agenda: introductions, objectives, scope, roles, timeline, risks, next steps, each with a time box"
                    >
                      Start kickoff
                    </button>
                    <button
                      type="button"
                      className="button"
                      onClick={() => open(item.id)}
                      title="Starts an empty kickoff, with no agenda"
                    >
                      Blank
                    </button>
                  </>
                ) : null}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
