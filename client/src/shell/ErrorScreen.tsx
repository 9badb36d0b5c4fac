import { BOARD_ERRORS, type BoardError } from '../sync/boardErrors';
import { WarningIcon } from '../ui/icons';
import { Logo } from './Logo';
import { navigate } from './router';

export function ErrorScreen({ error, onRetry }: { error: BoardError; onRetry?: () => void }) {
  const text = BOARD_ERRORS[error.kind];
  return (
    <div className="error-screen" data-testid="board-error" data-kind={error.kind} data-code={error.code}>
      <Logo />
      <div className="error-card" role="alert">
        <WarningIcon size={20} />
        <h1>{text.title}</h1>
        <p>{text.body}</p>
        {error.code !== undefined && <p className="error-code">Code {error.code}</p>}
        <div className="error-actions">
          {text.retry && onRetry && (
            <button type="button" className="button primary" onClick={onRetry}>
              Try again
            </button>
          )}
          <button type="button" className="button" onClick={() => navigate('/')}>
            Go to start page
          </button>
        </div>
      </div>
    </div>
  );
}
