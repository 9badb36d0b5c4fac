import { useValue } from '../hooks/useYjs';
import { useBoard } from './BoardContext';
import { DepPanel } from './DepPanel';
import { ItemPanel } from './ItemPanel';
import { MultiPanel } from './MultiPanel';

/** The side panel: the selected link, the selected item, or a summary of many. */
export function SidePanel() {
  const { session } = useBoard();
  const open = useValue(session.panelOpen);
  const dep = useValue(session.selectedDep);
  const id = useValue(session.selection);
  const selected = useValue(session.selected);
  if (!open) return null;
  if (dep) {
    return (
      <aside className="panel" aria-label="Link details" data-testid="dep-panel">
        <DepPanel key={dep} id={dep} />
      </aside>
    );
  }
  if (selected.size > 1) {
    return (
      <aside className="panel" aria-label="Selected items" data-testid="multi-panel">
        <MultiPanel ids={[...selected]} />
      </aside>
    );
  }
  if (!id) return null;
  return (
    <aside className="panel" aria-label="Item details" data-testid="item-panel">
      <ItemPanel key={id} id={id} />
    </aside>
  );
}
