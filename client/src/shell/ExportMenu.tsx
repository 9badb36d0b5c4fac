import { useState } from 'react';
import type { Session } from '../core/session';
import {
  downloadBlob,
  exportCsv,
  exportName,
  exportPng,
  exportSvg,
  type RangeKind,
} from '../roadmap/export/exportActions';
import { type Paper, printRequest, RoadmapPrint } from '../roadmap/export/RoadmapPrint';
import { type RoadmapContextValue, useRoadmap } from '../roadmap/RoadmapContext';
import { fetchBoardJson } from '../sync/api';
import { latestToken } from '../sync/tokenHandover';
import { DownloadIcon } from '../ui/icons';
import { Popover } from '../ui/Popover';
import { Value } from '../ui/signals';
import { useValue } from '../ui/useValue';
import { useLocation } from './router';

const menus = new WeakMap<Session, Value<boolean>>();

/** Whether the export menu is open on this board page (E opens it). */
export function exportMenuOpen(session: Session): Value<boolean> {
  let value = menus.get(session);
  if (!value) {
    value = new Value(false);
    menus.set(session, value);
  }
  return value;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'busy'; what: string }
  | { kind: 'done'; text: string }
  | { kind: 'error'; text: string };

async function run(setStatus: (s: Status) => void, what: string, job: () => Promise<string> | string) {
  setStatus({ kind: 'busy', what });
  // let "Exporting…" paint before a big board's export holds the main thread
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  try {
    setStatus({ kind: 'done', text: await job() });
  } catch (error) {
    setStatus({ kind: 'error', text: `${what} failed: ${error instanceof Error ? error.message : String(error)}` });
  }
}

function printRoadmap(ctx: RoadmapContextValue, paper: Paper, kind: RangeKind) {
  // the kickoff view prints its own brief; the roadmap prints from the roadmap
  if (ctx.view.get().mode === 'kickoff') ctx.view.update({ mode: 'roadmap' });
  printRequest(ctx.session).set({ paper, kind });
  return `Print dialog opened: ${paper} landscape (choose "Save as PDF")`;
}

/** The Export menu: roadmap as PNG, SVG or PDF (print), tables as CSV, the board as JSON. Viewers have it too. */
export function ExportMenu() {
  const ctx = useRoadmap();
  const { token } = useLocation();
  const open = exportMenuOpen(ctx.session);
  const isOpen = useValue(open);
  const [kind, setKind] = useState<RangeKind>('whole');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const busy = status.kind === 'busy';

  return (
    <>
      <RoadmapPrint ctx={ctx} />
      <Popover
        label={
          <>
            <DownloadIcon size={14} />
            <span className="export-label">Export</span>
          </>
        }
        title="Export the roadmap as PNG, SVG or PDF, the tables as CSV, or the board as JSON (E)"
        testId="export-button"
        panelTestId="export-menu"
        panelLabel="Export"
        align="right"
        state={[isOpen, open.set.bind(open)]}
      >
        {() => (
          <div className="export-menu">
            <fieldset className="zoom export-range">
              <legend>Roadmap</legend>
              {(['whole', 'visible'] as const).map((k) => (
                <button
                  key={k}
                  type="button"
                  className="zoom-option"
                  aria-pressed={kind === k}
                  onClick={() => setKind(k)}
                  title={k === 'whole' ? 'Every day the board spans' : 'The days the roadmap shows now'}
                >
                  {k === 'whole' ? 'Whole board' : 'Visible range'}
                </button>
              ))}
            </fieldset>
            <div className="export-actions">
              <button
                type="button"
                className="button"
                disabled={busy}
                title="A picture at twice screen resolution, for slides"
                onClick={() =>
                  run(setStatus, 'PNG', async () => {
                    const png = await exportPng(ctx, kind);
                    return `PNG saved (${png.width} × ${png.height} px)`;
                  })
                }
              >
                PNG image
              </button>
              <button
                type="button"
                className="button"
                disabled={busy}
                title="A vector picture that stays sharp at any size"
                onClick={() =>
                  run(setStatus, 'SVG', () => {
                    exportSvg(ctx, kind);
                    return 'SVG saved';
                  })
                }
              >
                SVG image
              </button>
              <button
                type="button"
                className="button"
                disabled={busy}
                title="Print or save as PDF on A4 landscape pages; the time header repeats on each page"
                onClick={() => run(setStatus, 'PDF', () => printRoadmap(ctx, 'A4', kind))}
              >
                PDF · A4
              </button>
              <button
                type="button"
                className="button"
                disabled={busy}
                title="Print or save as PDF on A3 landscape pages; the time header repeats on each page"
                onClick={() => run(setStatus, 'PDF', () => printRoadmap(ctx, 'A3', kind))}
              >
                PDF · A3
              </button>
            </div>
            <div className="export-actions">
              <button
                type="button"
                className="button"
                disabled={busy}
                title="Items, dependencies, assignments and RACI (when there is one): one CSV file each, with ids and names"
                onClick={() => run(setStatus, 'CSV', () => `${exportCsv(ctx)} CSV files saved`)}
              >
                CSV tables
              </button>
              <button
                type="button"
                className="button"
                disabled={busy || !token}
                title="The whole board as Board JSON, to import into another Planroom"
                onClick={() =>
                  run(setStatus, 'Board JSON', async () => {
                    const blob = await fetchBoardJson(ctx.boardId, latestToken(token ?? ''));
                    downloadBlob(exportName(ctx, 'board', 'planroom.json'), blob);
                    return 'Board JSON saved';
                  })
                }
              >
                Board JSON
              </button>
            </div>
            <p className={`export-status is-${status.kind}`} role="status" data-testid="export-status">
              {status.kind === 'busy'
                ? `Exporting ${status.what}…`
                : status.kind === 'idle'
                  ? 'Files are named after the board and today.'
                  : status.text}
            </p>
          </div>
        )}
      </Popover>
    </>
  );
}
