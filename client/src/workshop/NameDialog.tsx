import { useState } from 'react';
import { Modal } from '../ui/Modal';
import { useValue } from '../ui/useValue';
import { saveName } from './identity';
import { useWorkshop } from './WorkshopContext';

/**
 * The first time this browser opens a board: what should others call you? The name is
 * remembered in this browser and shown to everyone on the board beside your pointer and avatar.
 */
export function NameDialog() {
  const { workshop } = useWorkshop();
  const name = useValue(workshop.name);
  const [draft, setDraft] = useState('');
  if (name !== null) return null;
  // closed without a name: a guest name for this visit only, asked again next time
  const skip = () => {
    if (workshop.name.get() === null) workshop.name.set(`Guest ${String(workshop.presence.clientId % 1000)}`);
  };
  const submit = () => {
    const given = draft.trim();
    if (!given) return;
    saveName(given);
    workshop.name.set(given.slice(0, 60));
  };
  return (
    <Modal heading="Who are you?" onClose={skip} testId="name-dialog">
      <form
        className="name-form"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <p>Others on this board see your name beside your pointer and in the list of who is here.</p>
        <label className="field">
          <span className="field-label">Your name</span>
          <input
            // biome-ignore lint/a11y/noAutofocus: the only thing to do here is type a name
            autoFocus
            value={draft}
            maxLength={60}
            onChange={(e) => setDraft(e.target.value)}
            placeholder="e.g. Anna Berg"
          />
        </label>
        <div className="dialog-actions">
          <button type="submit" className="button primary" disabled={!draft.trim()}>
            Join the board
          </button>
        </div>
      </form>
    </Modal>
  );
}
