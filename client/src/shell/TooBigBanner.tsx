import { CLOSE, MAX_FRAME_BYTES } from '@planroom/shared';
import { useEffect, useState } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import { useT } from '../i18n/useT';

/**
 * The server closes with 1009 when a change is larger than it accepts. Reconnecting would
 * send it again, so say so plainly: undoing the change (a huge paste) is the way out.
 */
export function TooBigBanner({ provider }: { provider: WebsocketProvider }) {
  const [tooBig, setTooBig] = useState(false);
  const t = useT();
  useEffect(() => {
    const onClose = (event: CloseEvent | null) => {
      if (event?.code === CLOSE.tooBig) setTooBig(true);
    };
    provider.on('connection-close', onClose);
    return () => provider.off('connection-close', onClose);
  }, [provider]);
  if (!tooBig) return null;
  return (
    <div className="banner banner-error" role="alert" data-testid="too-big">
      <span>{t('board.tooBig', { mb: Math.round(MAX_FRAME_BYTES / 1024 / 1024) })}</span>
      <button type="button" className="button subtle small" onClick={() => setTooBig(false)}>
        {t('common.dismiss')}
      </button>
    </div>
  );
}
