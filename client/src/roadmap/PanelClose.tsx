import { useT } from '../i18n/useT';
import { CloseIcon } from '../ui/icons';
import { useRoadmap } from './RoadmapContext';

/** The side panel's close button. */
export function PanelClose() {
  const { session } = useRoadmap();
  const t = useT();
  return (
    <button type="button" className="icon-button" onClick={() => session.panelOpen.set(false)} title={t('panel.close')}>
      <CloseIcon />
      <span className="sr-only">{t('panel.close')}</span>
    </button>
  );
}
