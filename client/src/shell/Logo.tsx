import { useT } from '../i18n/useT';
import { navigate } from './router';

export function Logo({ compact = false }: { compact?: boolean }) {
  const t = useT();
  return (
    <a
      className="logo"
      href="/"
      onClick={(e) => {
        if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
        e.preventDefault();
        navigate('/');
      }}
    >
      <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
        <rect x="1" y="3" width="11" height="4" rx="1.5" fill="var(--accent)" />
        <rect x="6" y="9" width="12" height="4" rx="1.5" fill="var(--green)" />
        <rect x="3" y="15" width="7" height="3" rx="1.5" fill="var(--amber)" />
      </svg>
      {!compact && <span>Planroom</span>}
      {compact && <span className="sr-only">{t('logo.home')}</span>}
    </a>
  );
}
