import type { WebsocketProvider } from 'y-websocket';
import { CONNECTION_HINTS, CONNECTION_LABELS, SAVE_LABELS } from './connection';
import { useConnectionState, useSaveState } from './useProviderStatus';

/** The live-connection pill: connecting / connected / reconnecting / offline. */
export function ConnectionStatus({ provider }: { provider: WebsocketProvider | null }) {
  const state = useConnectionState(provider);
  return (
    <span
      className={`pill conn conn-${state}`}
      data-testid="conn-status"
      data-state={state}
      title={CONNECTION_HINTS[state]}
    >
      <span className="dot" aria-hidden="true" />
      {CONNECTION_LABELS[state]}
    </span>
  );
}

/** "Saving…" / "All changes saved": see `saveState` for what saved can promise. */
export function SaveStatus({ provider }: { provider: WebsocketProvider }) {
  const state = useSaveState(provider);
  return (
    <output className={`save save-${state}`} data-testid="save-status" data-state={state} aria-live="polite">
      {SAVE_LABELS[state]}
    </output>
  );
}
