import { Modal } from '../ui/Modal';
import { useBoard } from './BoardContext';

const mod = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl';

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { canEdit } = useBoard();
  const rows: Array<[string[], string, boolean]> = [
    [['N'], 'New item in the first lane, starting today', canEdit],
    [['Enter'], 'Open the details of the selected item', true],
    [['Esc'], 'Clear the selection', true],
    [['Delete'], 'Delete the selected item', canEdit],
    [[mod, 'Z'], 'Undo your last change', canEdit],
    [[mod, 'Shift', 'Z'], 'Redo', canEdit],
    [[mod, 'Y'], 'Redo', canEdit],
    [['?'], 'Show this list', true],
  ];
  return (
    <Modal heading="Keyboard shortcuts" onClose={onClose} width={460} testId="shortcuts-dialog">
      <table className="shortcuts">
        <tbody>
          {rows
            .filter(([, , shown]) => shown)
            .map(([keys, what]) => (
              <tr key={`${keys.join('+')} ${what}`}>
                <td>
                  {keys.map((k) => (
                    <kbd key={k}>{k}</kbd>
                  ))}
                </td>
                <td>{what}</td>
              </tr>
            ))}
        </tbody>
      </table>
      {canEdit && (
        <p className="shortcuts-note">
          Drag a bar to move it, drag its edges to change its dates, double-click an empty spot in a lane to add an item
          there. Undo only takes back your own changes, never someone else’s.
        </p>
      )}
    </Modal>
  );
}
