import { useBoard } from '../core/BoardContext';
import type { MessageId } from '../i18n/en';
import { useT } from '../i18n/useT';
import { Modal } from '../ui/Modal';

const mod = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl';

/** Keys named in words are looked up in the catalogues; the rest (arrows, letters) print as they are. */
const KEY_CLICK = 'shortcuts.key.click';
const KEY_DRAG = 'shortcuts.key.drag';
const KEY_WHEEL = 'shortcuts.key.wheel';
const KEY_WORDS = new Set<string>([KEY_CLICK, KEY_DRAG, KEY_WHEEL]);

type Shortcut = [keys: string[], what: MessageId, editorsOnly: boolean];

const SHORTCUTS: Array<[section: MessageId, rows: Shortcut[]]> = [
  [
    'shortcuts.section.select',
    [
      [['←', '→'], 'shortcuts.prevNext', false],
      [['↑', '↓'], 'shortcuts.aboveBelow', false],
      [['Shift', KEY_CLICK], 'shortcuts.toggleSelect', false],
      [[KEY_DRAG], 'shortcuts.rubberBand', false],
      [[mod, 'A'], 'shortcuts.selectAll', false],
      [['Esc'], 'shortcuts.clear', false],
    ],
  ],
  [
    'shortcuts.section.edit',
    [
      [['Enter'], 'shortcuts.editItem', false],
      [['Shift', '←', '→'], 'shortcuts.moveDay', true],
      [['Alt', 'Shift', '←', '→'], 'shortcuts.moveWeek', true],
      [['Delete'], 'shortcuts.delete', true],
      [['L'], 'shortcuts.link', true],
      [['N'], 'shortcuts.newItem', true],
      [[mod, 'Z'], 'shortcuts.undo', true],
      [[mod, 'Shift', 'Z'], 'shortcuts.redo', true],
      [[mod, 'Y'], 'shortcuts.redo', true],
    ],
  ],
  [
    'shortcuts.section.view',
    [
      [['R'], 'shortcuts.switchView', false],
      [['K'], 'shortcuts.kickoff', false],
      [['H'], 'shortcuts.history', false],
      [['C'], 'shortcuts.comments', false],
      [['S'], 'shortcuts.status', false],
      [['P'], 'shortcuts.presentation', false],
      [['/'], 'shortcuts.search', false],
      [['F'], 'shortcuts.fit', false],
      [['E'], 'shortcuts.export', false],
      [[mod, KEY_WHEEL], 'shortcuts.zoom', false],
      [['B'], 'shortcuts.baselines', false],
      [['?'], 'shortcuts.help', false],
    ],
  ],
];

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { canEdit } = useBoard();
  const t = useT();
  const key = (k: string) => (KEY_WORDS.has(k) ? t(k as MessageId) : k);
  return (
    <Modal heading={t('shortcuts.heading')} onClose={onClose} width={520} testId="shortcuts-dialog">
      {SHORTCUTS.map(([section, rows]) => (
        <section key={section} className="shortcut-section">
          <h3>{t(section)}</h3>
          <table className="shortcuts">
            <tbody>
              {rows
                .filter(([, , editorsOnly]) => canEdit || !editorsOnly)
                .map(([keys, what]) => (
                  <tr key={`${keys.join('+')} ${what}`}>
                    <td>
                      {keys.map((k) => (
                        <kbd key={k}>{key(k)}</kbd>
                      ))}
                    </td>
                    <td>{t(what)}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </section>
      ))}
      {canEdit && <p className="shortcuts-note">{t('shortcuts.note')}</p>}
    </Modal>
  );
}
