import { useEffect } from 'react';
import { FormattedMessage } from 'react-intl';
import { useItem } from '../core/useYjs';
import { useT } from '../i18n/useT';
import { ChainIcon } from '../ui/icons';
import { useValue } from '../ui/useValue';
import { useRoadmap } from './RoadmapContext';

/** While "L" is linking: which item the link starts from and how to finish or cancel. */
export function LinkBanner() {
  const { session } = useRoadmap();
  const from = useValue(session.linkFrom);
  const item = useItem(from ?? '');
  const t = useT();
  // the board shows a crosshair over bars while linking
  useEffect(() => {
    const board = document.querySelector('.board');
    board?.classList.toggle('is-linking', from !== null);
    return () => board?.classList.remove('is-linking');
  }, [from]);
  if (!from) return null;
  return (
    <div className="banner banner-info" role="status" data-testid="link-banner">
      <span>
        <ChainIcon size={14} />{' '}
        <FormattedMessage
          id="link.banner"
          values={{ title: item?.title ?? t('link.anItem'), b: (chunks) => <strong>{chunks}</strong> }}
        />
      </span>
      <button type="button" className="button small" onClick={() => session.linkFrom.set(null)}>
        {t('common.cancel')}
      </button>
    </div>
  );
}
