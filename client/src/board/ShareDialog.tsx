import { useState } from 'react';
import { Modal } from '../ui/Modal';
import { useBoard } from './BoardContext';
import { CheckIcon, CopyIcon } from './icons';

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard permission (or not a secure context): fall back to a selection copy.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

function LinkRow({ label, hint, url, testId }: { label: string; hint: string; url: string; testId: string }) {
  const [copied, setCopied] = useState(false);
  const id = `share-${testId}`;
  return (
    <div className="share-row">
      <div className="share-text">
        <label htmlFor={id} className="share-label">
          {label}
        </label>
        <p className="share-hint">{hint}</p>
      </div>
      <div className="share-copy">
        <input
          id={id}
          type="text"
          readOnly
          value={url}
          data-testid={testId}
          onFocus={(e) => e.currentTarget.select()}
        />
        <button
          type="button"
          className="button"
          onClick={async () => {
            setCopied(await copyText(url));
            setTimeout(() => setCopied(false), 2000);
          }}
        >
          {copied ? <CheckIcon size={14} /> : <CopyIcon size={14} />}
          {copied ? 'Copied' : 'Copy'}
          <span className="sr-only"> {label.toLowerCase()}</span>
        </button>
      </div>
    </div>
  );
}

/** Owner and editor only: the two links the server handed out for this board. */
export function ShareDialog({ onClose }: { onClose: () => void }) {
  const { access } = useBoard();
  const links = access.links;
  return (
    <Modal heading="Share this board" onClose={onClose} width={560} testId="share-dialog">
      {links ? (
        <>
          <LinkRow
            label="Editor link"
            hint="Anyone with this link can change the plan. Share it with the people in the workshop."
            url={links.editor}
            testId="share-editor-link"
          />
          <LinkRow
            label="Viewer link"
            hint="Read-only, enforced by the server. For stakeholders and sponsors: they see changes live."
            url={links.viewer}
            testId="share-viewer-link"
          />
          <p className="share-note">Links carry their access key after the “#”: treat them like passwords.</p>
        </>
      ) : (
        <p>The server did not return share links for this board.</p>
      )}
    </Modal>
  );
}
