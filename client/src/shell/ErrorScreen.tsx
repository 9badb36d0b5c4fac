import { useT } from '../i18n/useT';
import { type BoardError, RETRYABLE } from '../sync/boardErrors';
import { WarningIcon } from '../ui/icons';
import { Logo } from './Logo';
import { navigate } from './router';

export function ErrorScreen({ error, onRetry }: { error: BoardError; onRetry?: () => void }) {
  const t = useT();
  return (
    <div className="error-screen" data-testid="board-error" data-kind={error.kind} data-code={error.code}>
      <Logo />
      <div className="error-card" role="alert">
        <WarningIcon size={20} />
        <h1>{t(`error.${error.kind}.title`)}</h1>
        <p>{t(`error.${error.kind}.body`)}</p>
        {error.code !== undefined && <p className="error-code">{t('error.code', { code: error.code })}</p>}
        <div className="error-actions">
          {RETRYABLE[error.kind] && onRetry && (
            <button type="button" className="button primary" onClick={onRetry}>
              {t('common.tryAgain')}
            </button>
          )}
          <button type="button" className="button" onClick={() => navigate('/')}>
            {t('error.toStart')}
          </button>
        </div>
      </div>
    </div>
  );
}
