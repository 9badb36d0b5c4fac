import { useBoard } from '../core/BoardContext';
import { Modal } from '../ui/Modal';

const mod = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl';

type Shortcut = [keys: string[], what: string, editorsOnly: boolean];

const SHORTCUTS: Array<[section: string, rows: Shortcut[]]> = [
  [
    'Select',
    [
      [['←', '→'], 'Previous / next item in the row', false],
      [['↑', '↓'], 'Nearest item in the row above / below', false],
      [['Shift', 'Click'], 'Add an item to the selection, or take it out', false],
      [['Drag'], 'On empty space: select every item the rectangle touches', false],
      [[mod, 'A'], 'Select every item shown', false],
      [['Esc'], 'Clear the selection (or cancel a link)', false],
    ],
  ],
  [
    'Edit',
    [
      [['Enter'], 'Edit the selected item (opens its details at the title)', false],
      [['Shift', '←', '→'], 'Move the selected items a day earlier / later', true],
      [['Alt', 'Shift', '←', '→'], 'Move the selected items a week', true],
      [['Delete'], 'Delete the selected items (asks first for more than one) or link', true],
      [['L'], 'Link from the selected item: then click the item that depends on it', true],
      [['N'], 'New item in the first lane, starting today', true],
      [[mod, 'Z'], 'Undo your last change', true],
      [[mod, 'Shift', 'Z'], 'Redo', true],
      [[mod, 'Y'], 'Redo', true],
    ],
  ],
  [
    'View',
    [
      [['R'], 'Switch between the roadmap and the resource view', false],
      [['K'], 'Kickoffs: open the kickoff view, and back to the roadmap', false],
      [['H'], 'Version history: replay the board, see what changed (and undo a restore right after)', false],
      [['C'], 'Comments: open or close the list of threads, unread first', false],
      [['S'], 'Status: the quarterly status report, and back to the roadmap', false],
      [['P'], 'Presentation: a clean read-only roadmap with a legend, and back', false],
      [['/'], 'Search', false],
      [['F'], 'Zoom to fit the selection, or everything shown', false],
      [['E'], 'Export: PNG, SVG, PDF, CSV or Board JSON', false],
      [[mod, 'Wheel'], 'Zoom around the pointer (or pinch on a trackpad)', false],
      [['B'], 'Baselines: set, choose, and the milestones that slipped', false],
      [['?'], 'Show this list', false],
    ],
  ],
];

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { canEdit } = useBoard();
  return (
    <Modal heading="Keyboard shortcuts" onClose={onClose} width={520} testId="shortcuts-dialog">
      {SHORTCUTS.map(([section, rows]) => (
        <section key={section} className="shortcut-section">
          <h3>{section}</h3>
          <table className="shortcuts">
            <tbody>
              {rows
                .filter(([, , editorsOnly]) => canEdit || !editorsOnly)
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
        </section>
      ))}
      {canEdit && (
        <p className="shortcuts-note">
          Drag a bar to move it (the whole selection moves with it), drag its edges to change its dates, drag the dot at
          its right end onto another bar to link them, double-click an empty spot in a lane to add an item there. Undo
          only takes back your own changes, never someone else’s. In the resource view, drag a bar to another person (or
          to Unstaffed) to reassign it, and drag a person by their handle to another team.
        </p>
      )}
    </Modal>
  );
}
