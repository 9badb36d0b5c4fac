import { usePeers } from './AvatarStack';

const cssString = (s: string) => `"${s.replace(/["\\\n]/g, (c) => (c === '\n' ? '' : `\\${c}`))}"`;

/**
 * Others' selections, outlined in their colour on both views: one style sheet built from
 * everyone's selection, so no bar has to know about presence.
 */
export function SelectionOutlines() {
  const peers = usePeers();
  const rules: string[] = [];
  for (const p of peers) {
    for (const id of p.selection.slice(0, 200)) {
      const attr = `[data-item-id=${cssString(id)}]`;
      rules.push(
        `[data-testid="bar"]${attr}, [data-testid="assignment-bar"]${attr} { box-shadow: 0 0 0 2px #fff, 0 0 0 4px ${p.color}; }`,
      );
    }
  }
  return <style data-testid="remote-selections">{rules.join('\n')}</style>;
}

/** "Anna is editing this": who else has the item selected (its panel's slot). */
export function EditingNote({ itemId }: { itemId: string }) {
  const editors = usePeers().filter((p) => p.selection.includes(itemId));
  const [first, second] = editors;
  if (!first) return null;
  const names =
    editors.length === 1
      ? first.name
      : editors.length === 2
        ? `${first.name} and ${second?.name}`
        : `${first.name} and ${editors.length - 1} others`;
  return (
    <p className="editing-note" data-testid="editing-note">
      <span className="editing-dot" style={{ background: first.color }} aria-hidden="true" />
      {names} {editors.length === 1 ? 'is' : 'are'} editing this
    </p>
  );
}
