import { useState } from 'react';
import type { Session } from '../core/session';
import { type Translate, useT } from '../i18n/useT';
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

async function run(t: Translate, setStatus: (s: Status) => void, what: string, job: () => Promise<string> | string) {
  setStatus({ kind: 'busy', what });
  // let "Exporting…" paint before a big board's export holds the main thread
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  try {
    setStatus({ kind: 'done', text: await job() });
  } catch (error) {
    setStatus({
      kind: 'error',
      text: t('export.failed', { what, message: error instanceof Error ? error.message : String(error) }),
    });
  }
}

function printRoadmap(t: Translate, ctx: RoadmapContextValue, paper: Paper, kind: RangeKind) {
  // the kickoff view prints its own brief; the roadmap prints from the roadmap
  if (ctx.view.get().mode === 'kickoff') ctx.view.update({ mode: 'roadmap' });
  printRequest(ctx.session).set({ paper, kind });
  return t('export.printOpened', { paper });
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
  const t = useT();

  return (
    <>
      <RoadmapPrint ctx={ctx} />
      <Popover
        label={
          <>
            <DownloadIcon size={14} />
            <span className="export-label">{t('export.button')}</span>
          </>
        }
        title={t('export.buttonTitle')}
        testId="export-button"
        panelTestId="export-menu"
        panelLabel={t('export.button')}
        align="right"
        state={[isOpen, open.set.bind(open)]}
      >
        {() => (
          <div className="export-menu">
            <fieldset className="zoom export-range">
              <legend>{t('export.roadmap')}</legend>
              {(['whole', 'visible'] as const).map((k) => (
                <button
                  key={k}
                  type="button"
                  className="zoom-option"
                  aria-pressed={kind === k}
                  onClick={() => setKind(k)}
                  title={t(k === 'whole' ? 'export.wholeTitle' : 'export.visibleTitle')}
                >
                  {t(k === 'whole' ? 'export.whole' : 'export.visible')}
                </button>
              ))}
            </fieldset>
            <div className="export-actions">
              <button
                type="button"
                className="button"
                disabled={busy}
                title={t('export.pngTitle')}
                onClick={() =>
                  run(t, setStatus, 'PNG', async () => {
                    const png = await exportPng(ctx, kind);
                    return t('export.pngSaved', { width: String(png.width), height: String(png.height) });
                  })
                }
              >
                {t('export.png')}
              </button>
              <button
                type="button"
                className="button"
                disabled={busy}
                title={t('export.svgTitle')}
                onClick={() =>
                  run(t, setStatus, 'SVG', () => {
                    exportSvg(ctx, kind);
                    return t('export.svgSaved');
                  })
                }
              >
                {t('export.svg')}
              </button>
              <button
                type="button"
                className="button"
                disabled={busy}
                title={t('export.pdfTitle', { paper: 'A4' })}
                onClick={() => run(t, setStatus, 'PDF', () => printRoadmap(t, ctx, 'A4', kind))}
              >
                {t('export.pdf', { paper: 'A4' })}
              </button>
              <button
                type="button"
                className="button"
                disabled={busy}
                title={t('export.pdfTitle', { paper: 'A3' })}
                onClick={() => run(t, setStatus, 'PDF', () => printRoadmap(t, ctx, 'A3', kind))}
              >
                {t('export.pdf', { paper: 'A3' })}
              </button>
            </div>
            <div className="export-actions">
              <button
                type="button"
                className="button"
                disabled={busy}
                title={t('export.csvTitle')}
                onClick={() => run(t, setStatus, 'CSV', () => t('export.csvSaved', { count: exportCsv(ctx) }))}
              >
                {t('export.csv')}
              </button>
              <button
                type="button"
                className="button"
                disabled={busy || !token}
                title={t('export.jsonTitle')}
                onClick={() =>
                  run(t, setStatus, t('export.json'), async () => {
                    const blob = await fetchBoardJson(ctx.boardId, latestToken(token ?? ''));
                    downloadBlob(exportName(ctx, 'board', 'planroom.json'), blob);
                    return t('export.jsonSaved');
                  })
                }
              >
                {t('export.json')}
              </button>
            </div>
            <p className={`export-status is-${status.kind}`} role="status" data-testid="export-status">
              {status.kind === 'busy'
                ? t('export.busy', { what: status.what })
                : status.kind === 'idle'
                  ? t('export.idle')
                  : status.text}
            </p>
          </div>
        )}
      </Popover>
    </>
  );
}
