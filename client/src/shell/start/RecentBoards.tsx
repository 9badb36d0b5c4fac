import { useState } from 'react';
import { ROLE_LABELS } from '../../ui/roles';
import { boardPath, navigate } from '../router';
import { forgetBoard, listRecentBoards, type RecentBoard } from './recentBoards';

const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });

function openedAgo(iso: string, now = Date.now()): string {
  const seconds = (Date.parse(iso) - now) / 1000;
  const steps: Array<[Intl.RelativeTimeFormatUnit, number]> = [
    ['year', 31_536_000],
    ['month', 2_592_000],
    ['week', 604_800],
    ['day', 86_400],
    ['hour', 3_600],
    ['minute', 60],
  ];
  for (const [unit, size] of steps) {
    if (Math.abs(seconds) >= size) return relative.format(Math.round(seconds / size), unit);
  }
  return 'just now';
}

export function RecentBoards() {
  const [boards, setBoards] = useState(listRecentBoards);

  function forget(board: RecentBoard) {
    forgetBoard(board.id, board.role);
    setBoards(listRecentBoards());
  }

  return (
    <section className="card recent" aria-labelledby="recent-heading">
      <h2 id="recent-heading">Recent boards</h2>
      {boards.length === 0 ? (
        <div className="empty-state" data-testid="recent-empty">
          <p>
            <strong>No boards yet.</strong>
          </p>
          <p>Boards you create or open from a link show up here, on this browser only.</p>
        </div>
      ) : (
        <ul className="recent-list" data-testid="recent-boards">
          {boards.map((board) => {
            const href = boardPath(board.id, board.token);
            return (
              <li key={`${board.id}:${board.role}`} className="recent-item" data-testid="recent-board">
                <a
                  className="recent-open"
                  href={href}
                  onClick={(e) => {
                    if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
                    e.preventDefault();
                    navigate(href);
                  }}
                >
                  <span className="recent-name">{board.name}</span>
                  <span className="recent-meta">
                    <span className={`role-badge role-${board.role}`}>{ROLE_LABELS[board.role]}</span>
                    <span>Opened {openedAgo(board.lastOpened)}</span>
                  </span>
                </a>
                <button type="button" className="button subtle small" onClick={() => forget(board)}>
                  Forget<span className="sr-only"> {board.name}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
