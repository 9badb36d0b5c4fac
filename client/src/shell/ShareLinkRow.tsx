import type { Role } from '@planroom/shared';
import { useState } from 'react';
import { useT } from '../i18n/useT';
import { ApiError } from '../sync/api';
import { CheckIcon, CopyIcon } from '../ui/icons';

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard permission (or not a secure context): fall back to a selection copy.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

export interface LinkRowProps {
  linkRole: Role;
  label: string;
  hint: string;
  url: string;
  /** Owners only: replaces the link; what the confirmation says happens. */
  reset?: { warning: string; run(): Promise<void> };
}

type ResetState = 'idle' | 'confirm' | 'busy' | 'done';

/** One share link: the URL, Copy, and for owners "Reset link" behind a confirmation. */
export function LinkRow({ linkRole: role, label, hint, url, reset }: LinkRowProps) {
  const [copied, setCopied] = useState(false);
  const [state, setState] = useState<ResetState>('idle');
  const [error, setError] = useState<string | null>(null);
  const t = useT();
  const id = `share-${role}-link`;
  const name = label.toLocaleLowerCase();

  async function confirmReset() {
    if (!reset || state === 'busy') return;
    setState('busy');
    setError(null);
    try {
      await reset.run();
      setState('done');
    } catch (e) {
      setError(e instanceof ApiError ? e.message : t('share.resetFailed'));
      setState('confirm');
    }
  }

  return (
    <div className="share-row" data-testid={`share-${role}`}>
      <div className="share-text">
        <label htmlFor={id} className="share-label">
          {label}
        </label>
        <p className="share-hint">{hint}</p>
      </div>
      <div className="share-copy">
        <input id={id} type="text" readOnly value={url} data-testid={id} onFocus={(e) => e.currentTarget.select()} />
        <button
          type="button"
          className="button"
          onClick={async () => {
            setCopied(await copyText(url));
            setTimeout(() => setCopied(false), 2000);
          }}
        >
          {copied ? <CheckIcon size={14} /> : <CopyIcon size={14} />}
          {copied ? t('share.copied') : t('share.copy')}
          <span className="sr-only"> {name}</span>
        </button>
        {reset && (state === 'idle' || state === 'done') && (
          <button type="button" className="button subtle" onClick={() => setState('confirm')}>
            {t('share.resetLink')}
            <span className="sr-only"> ({name})</span>
          </button>
        )}
      </div>
      {reset && (state === 'confirm' || state === 'busy') && (
        <fieldset className="share-confirm">
          <legend className="sr-only">{t('share.resetNamed', { name })}</legend>
          <p>{reset.warning}</p>
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
          <div className="share-confirm-actions">
            <button type="button" className="button" onClick={() => setState('idle')} disabled={state === 'busy'}>
              {t('common.cancel')}
            </button>
            <button type="button" className="button danger" onClick={confirmReset} disabled={state === 'busy'}>
              {state === 'busy' ? t('share.resetting') : t('share.resetNamed', { name })}
            </button>
          </div>
        </fieldset>
      )}
      <p className="share-status" aria-live="polite" data-testid={`share-${role}-status`}>
        {state === 'done' ? t('share.resetDone') : ''}
      </p>
    </div>
  );
}
