import { useState } from 'react';
import { currentLocale } from '../../i18n/language';
import { type Translate, useT } from '../../i18n/useT';
import { boardPath, navigate } from '../router';
import { forgetBoard, listRecentBoards, type RecentBoard } from './recentBoards';

function openedAgo(t: Translate, iso: string, now = Date.now()): string {
  const relative = new Intl.RelativeTimeFormat(currentLocale(), { numeric: 'auto' });
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
  return t('start.justNow');
}

export function RecentBoards() {
  const [boards, setBoards] = useState(listRecentBoards);
  const t = useT();

  function forget(board: RecentBoard) {
    forgetBoard(board.id, board.role);
    setBoards(listRecentBoards());
  }

  return (
    <section className="card recent" aria-labelledby="recent-heading">
      <h2 id="recent-heading">{t('start.recent')}</h2>
      {boards.length === 0 ? (
        <div className="empty-state" data-testid="recent-empty">
          <p>
            <strong>{t('start.noBoards')}</strong>
          </p>
          <p>{t('start.noBoardsHint')}</p>
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
                    <span className={`role-badge role-${board.role}`}>{t(`role.${board.role}`)}</span>
                    <span>{t('start.opened', { when: openedAgo(t, board.lastOpened) })}</span>
                  </span>
                </a>
                <button type="button" className="button subtle small" onClick={() => forget(board)}>
                  {t('start.forget')}
                  <span className="sr-only"> {board.name}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
