import { useEffect, useMemo } from 'react';
import { createPortal } from 'react-dom';
import type { Session } from '../../core/session';
import { boardRange } from '../../timeline/timeScale';
import { Value } from '../../ui/signals';
import { useValue } from '../../ui/useValue';
import { LayoutEngine } from '../layoutEngine';
import type { RoadmapContextValue } from '../RoadmapContext';
import { exportRange, pictureOf, type RangeKind } from './exportActions';
import type { ExportRange } from './exportModel';
import { printBands, printHeader } from './printBands';
import { legendSvg } from './roadmapSvg';

export type Paper = 'A4' | 'A3';

/** Landscape, less 10 mm margins each side, in CSS pixels (96 per inch), less the lane column. */
const TRACK_PX: Record<Paper, number> = { A4: ((297 - 20) / 25.4) * 96 - 152, A3: ((420 - 20) / 25.4) * 96 - 152 };

export interface PrintRequest {
  paper: Paper;
  kind: RangeKind;
}

const requests = new WeakMap<Session, Value<PrintRequest | null>>();

/** The print layout asked for on this board page, if any (null: nothing to print). */
export function printRequest(session: Session): Value<PrintRequest | null> {
  let value = requests.get(session);
  if (!value) {
    value = new Value<PrintRequest | null>(null);
    requests.set(session, value);
  }
  return value;
}

/**
 * The roadmap laid out again at a zoom that fits the range across the paper, with this
 * person's grouping and filters: the screen's zoom would run off the page's edge.
 */
function paperPicture(ctx: RoadmapContextValue, request: PrintRequest) {
  const view = ctx.engine.getView();
  const screen = exportRange(ctx, request.kind);
  const [from, to]: [number, number] =
    screen.kind === 'visible' ? [screen.fromDay, screen.toDay] : boardRange(ctx.store.getExtent(), view.today);
  const track = TRACK_PX[request.paper];
  const ppd = track / Math.max(1, to - from);
  const engine = new LayoutEngine(ctx.store, { ...view, ppd, viewWidth: track });
  try {
    const range: ExportRange = { kind: screen.kind, fromDay: from, toDay: to };
    return pictureOf(ctx, range, engine);
  } finally {
    engine.destroy();
  }
}

/**
 * The roadmap for paper, hidden on screen and alone on the page in print (roadmap-print.css):
 * a table whose head (the board's name and the time header) and foot (the legend) repeat on
 * every page, with one row per line of bars that a page break never cuts. Rendered only while a print is asked for; the request ends
 * after printing.
 */
export function RoadmapPrint({ ctx }: { ctx: RoadmapContextValue }) {
  const value = printRequest(ctx.session);
  const request = useValue(value);
  if (!request) return null;
  return createPortal(<PrintDocument ctx={ctx} request={request} onDone={() => value.set(null)} />, document.body);
}

function PrintDocument({
  ctx,
  request,
  onDone,
}: {
  ctx: RoadmapContextValue;
  request: PrintRequest;
  onDone: () => void;
}) {
  const picture = useMemo(() => paperPicture(ctx, request), [ctx, request]);
  const bands = useMemo(() => printBands(picture), [picture]);

  useEffect(() => {
    window.addEventListener('afterprint', onDone);
    // after this render is on the page, so the print dialog shows the roadmap
    const frame = requestAnimationFrame(() => window.print());
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('afterprint', onDone);
    };
  }, [onDone]);

  return (
    <div className="roadmap-print" data-testid="roadmap-print" data-paper={request.paper}>
      <style>{`@media print { @page { size: ${request.paper} landscape; margin: 10mm; } }`}</style>
      <table>
        <thead>
          <tr>
            <th className="rp-corner">
              <div className="rp-title">{picture.title}</div>
              <div className="rp-sub">{picture.subtitle}</div>
            </th>
            {/* biome-ignore lint/security/noDangerouslySetInnerHtml: our own SVG, every text escaped (roadmapSvg.ts) */}
            <th className="rp-time" dangerouslySetInnerHTML={{ __html: printHeader(picture) }} />
          </tr>
        </thead>
        <tbody>
          {bands.map((band) => (
            <tr key={band.y0} className={band.title === null ? 'rp-band' : 'rp-band is-first'}>
              <th className="rp-lane">{band.title}</th>
              {/* biome-ignore lint/security/noDangerouslySetInnerHtml: our own SVG, every text escaped */}
              <td dangerouslySetInnerHTML={{ __html: band.svg }} />
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td colSpan={2}>
              <div
                className="rp-legend"
                // biome-ignore lint/security/noDangerouslySetInnerHtml: our own SVG: the same legend as the SVG export
                dangerouslySetInnerHTML={{
                  __html: `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 820 56" width="820" height="56">${legendSvg(22)}</svg>`,
                }}
              />
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
