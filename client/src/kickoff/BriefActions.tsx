import { briefMarkdown, kickoffBrief, kickoffBriefFileName, localIsoDate } from '@planroom/shared';
import { useEffect, useMemo, useRef, useState } from 'react';
import { CopyIcon } from '../ui/icons';
import { Modal } from '../ui/Modal';
import { downloadText, writeClipboard } from './briefExport';
import { KickoffBrief } from './KickoffBrief';
import { useKickoffBoard } from './KickoffContext';
import type { OpenKickoff } from './useKickoff';

/** Shown when the browser refuses the clipboard: the Markdown, selected, for Ctrl+C. */
function CopyFallback({ text, onClose }: { text: string; onClose: () => void }) {
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    area.current?.focus();
    area.current?.select();
  }, []);
  return (
    <Modal
      heading="Copy the brief"
      onClose={onClose}
      width={640}
      testId="brief-copy-dialog"
      footer={
        <button type="button" className="button" onClick={onClose}>
          Done
        </button>
      }
    >
      <p className="brief-copy-hint">
        This browser did not let Planroom use the clipboard. The Markdown is selected below: press Ctrl+C (⌘C on a Mac)
        to copy it.
      </p>
      <textarea
        ref={area}
        className="brief-copy-text"
        readOnly
        rows={16}
        value={text}
        aria-label="The brief as Markdown"
      />
    </Modal>
  );
}

/**
 * The kickoff brief: copy it as Markdown, download it as a .md file, or print it on one A4
 * page. The printed page is rendered here, hidden on screen (kickoff-print.css).
 */
export function BriefActions({ open }: { open: OpenKickoff }) {
  const { session } = useKickoffBoard();
  const brief = useMemo(() => kickoffBrief(open.view, open.board, { today: localIsoDate(new Date()) }), [open]);
  const [fallback, setFallback] = useState<string | null>(null);

  async function copy() {
    const text = briefMarkdown(brief);
    if (await writeClipboard(text)) session.notify('Brief copied as Markdown', 'info');
    else setFallback(text);
  }

  return (
    <div className="brief-actions" data-testid="brief-actions">
      <button
        type="button"
        className="button small"
        onClick={copy}
        title="Copies the one-page brief as Markdown, to paste into a wiki page or an email"
      >
        <CopyIcon /> Copy as Markdown
      </button>
      <button
        type="button"
        className="button small"
        onClick={() => downloadText(kickoffBriefFileName(brief.title), briefMarkdown(brief))}
        title="Saves the one-page brief as a Markdown file"
      >
        Download .md
      </button>
      <button
        type="button"
        className="button small"
        onClick={() => window.print()}
        title="Prints the brief on one A4 page (or saves it as a PDF from the print dialog)"
      >
        Print brief
      </button>
      <KickoffBrief brief={brief} />
      {fallback !== null && <CopyFallback text={fallback} onClose={() => setFallback(null)} />}
    </div>
  );
}
