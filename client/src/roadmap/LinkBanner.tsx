import { useEffect } from 'react';
import { useItem } from '../core/useYjs';
import { ChainIcon } from '../ui/icons';
import { useValue } from '../ui/useValue';
import { useRoadmap } from './RoadmapContext';

/** While "L" is linking: which item the link starts from and how to finish or cancel. */
export function LinkBanner() {
  const { session } = useRoadmap();
  const from = useValue(session.linkFrom);
  const item = useItem(from ?? '');
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
        <ChainIcon size={14} /> Linking from <strong>{item?.title ?? 'an item'}</strong>: click the item that depends on
        it. Esc cancels.
      </span>
      <button type="button" className="button small" onClick={() => session.linkFrom.set(null)}>
        Cancel
      </button>
    </div>
  );
}
