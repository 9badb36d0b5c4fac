import type { WebsocketProvider } from 'y-websocket';
import { useT } from '../i18n/useT';
import { useConnectionState, useSaveState } from './useProviderStatus';

/** The live-connection pill: connecting / connected / reconnecting / offline. */
export function ConnectionStatus({ provider }: { provider: WebsocketProvider | null }) {
  const state = useConnectionState(provider);
  const t = useT();
  return (
    <span
      className={`pill conn conn-${state}`}
      data-testid="conn-status"
      data-state={state}
      title={t(`conn.hint.${state}`)}
    >
      <span className="dot" aria-hidden="true" />
      {t(`conn.${state}`)}
    </span>
  );
}

/** "Saving…" / "All changes saved": see `saveState` for what saved can promise. */
export function SaveStatus({ provider }: { provider: WebsocketProvider }) {
  const state = useSaveState(provider);
  const t = useT();
  return (
    <output className={`save save-${state}`} data-testid="save-status" data-state={state} aria-live="polite">
      {t(`save.${state}`)}
    </output>
  );
}
