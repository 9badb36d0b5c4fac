import { useT } from '../i18n/useT';
import { closeOnEscape } from '../ui/escape';
import { useValue } from '../ui/useValue';
import { DepPanel } from './DepPanel';
import { ItemPanel } from './ItemPanel';
import { focusBar } from './keyboard';
import { MultiPanel } from './MultiPanel';
import { useRoadmap } from './RoadmapContext';

/**
 * The side panel: the selected link, the selected item, or a summary of many. Escape in it
 * closes it (after a field reverts an edit in progress) and gives focus back to the
 * selected bar, so the next Escape clears the selection as it does on the board.
 */
export function SidePanel() {
  const { session } = useRoadmap();
  const open = useValue(session.panelOpen);
  const dep = useValue(session.selectedDep);
  const id = useValue(session.selection);
  const selected = useValue(session.selected);
  const t = useT();
  if (!open) return null;
  const onKeyDown = closeOnEscape(() => {
    session.panelOpen.set(false);
    const current = session.selection.get();
    if (current && !session.selectedDep.get()) focusBar(current);
  });
  if (dep) {
    return (
      <aside className="panel" aria-label={t('panel.linkDetails')} data-testid="dep-panel" onKeyDown={onKeyDown}>
        <DepPanel key={dep} id={dep} />
      </aside>
    );
  }
  if (selected.size > 1) {
    return (
      <aside className="panel" aria-label={t('panel.selected')} data-testid="multi-panel" onKeyDown={onKeyDown}>
        <MultiPanel ids={[...selected]} />
      </aside>
    );
  }
  if (!id) return null;
  return (
    <aside className="panel" aria-label={t('panel.itemDetails')} data-testid="item-panel" onKeyDown={onKeyDown}>
      <ItemPanel key={id} id={id} />
    </aside>
  );
}
