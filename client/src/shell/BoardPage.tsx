import { useEffect, useState } from 'react';
import { useT } from '../i18n/useT';
import { ConnectionStatus } from '../sync/ConnectionStatus';
import { useBoardConnection } from '../sync/useBoardConnection';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { BoardView } from './BoardView';
import { ErrorScreen } from './ErrorScreen';
import { Logo } from './Logo';
import { rememberBoard } from './start/recentBoards';

/** `/b/:id#token=…`: connects, then shows the board, a loading state or why it can't. */
export function BoardPage({ boardId, token }: { boardId: string; token: string | null }) {
  const [attempt, setAttempt] = useState(0);
  const t = useT();
  const connection = useBoardConnection(boardId, token, attempt);
  const ready = connection.phase === 'ready' ? connection : null;

  useEffect(() => {
    if (!ready || !token) return;
    rememberBoard({
      id: boardId,
      name: ready.access.name,
      role: ready.access.role,
      token,
      lastOpened: new Date().toISOString(),
    });
  }, [ready, boardId, token]);

  if (connection.phase === 'error') {
    return <ErrorScreen error={connection.error} onRetry={() => setAttempt((n) => n + 1)} />;
  }
  if (connection.phase === 'loading') {
    return (
      <div className="loading-screen" data-testid="board-loading">
        <Logo />
        <div className="loading-card">
          <span className="spinner" aria-hidden="true" />
          <p>{t('board.opening')}</p>
          <ConnectionStatus provider={connection.provider} />
        </div>
      </div>
    );
  }
  return (
    <ErrorBoundary area="board" resetKey={boardId}>
      <BoardView boardId={boardId} doc={connection.doc} provider={connection.provider} access={connection.access} />
    </ErrorBoundary>
  );
}
