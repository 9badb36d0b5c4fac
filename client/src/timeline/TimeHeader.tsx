import { memo, useMemo } from 'react';
import { type Band, type HeaderOptions, headerBands, headerRows, LAST_ROW, weekends, yearStarts } from './timeHeader';
import type { DayScale, Zoom } from './timeScale';
import type { DayWindow } from './useViewport';

/** Height of the header at a zoom level (three to five rows and the today badge's strip). */
export function headerHeight(level: Zoom): number {
  return headerBands(level).height;
}

interface Props {
  scale: DayScale;
  level: Zoom;
  window: DayWindow;
  options: HeaderOptions;
  today: number;
  corner: { label: string; count: number };
}

function PeriodRow({
  bands,
  top,
  height,
  unit,
  finest,
}: {
  bands: Band[];
  top: number;
  height: number;
  unit: string;
  finest: boolean;
}) {
  return (
    <div className={`tl-period-row unit-${unit}${finest ? ' is-finest' : ''}`} style={{ top, height }}>
      {bands.map((band) => (
        <div
          key={band.key}
          className={`tl-period${band.weekend ? ' is-weekend' : ''}${band.today ? ' is-today' : ''}`}
          style={{ left: band.x, width: band.width }}
          title={band.title}
        >
          <span>{band.label}</span>
        </div>
      ))}
    </div>
  );
}

/** The sticky time header: year, fiscal quarter, month, ISO week and day rows, and today. */
export const TimeHeader = memo(function TimeHeader({ scale, level, window, options, today, corner }: Props) {
  const rows = useMemo(
    () => headerRows(level, scale, window.from, window.to, options, today),
    [level, scale, window.from, window.to, options, today],
  );
  const todayX = scale.x(today) + scale.ppd / 2;
  const showToday = today >= scale.fromDay && today < scale.toDay;
  const bands = headerBands(level);
  const height = bands.height;

  return (
    <div className="tl-header" style={{ height }}>
      <div className="tl-corner">
        <span>{corner.label}</span>
        <span className="corner-count">{corner.count}</span>
      </div>
      <div className="tl-periods" style={{ width: scale.width }}>
        {rows.map((row, i) => {
          const band = bands.rows[i] ?? { top: 0, height: LAST_ROW };
          // the finest row's cells reach down through the today strip; its labels stay above it
          const last = i === rows.length - 1;
          return (
            <PeriodRow
              key={row.unit}
              unit={row.unit}
              bands={row.bands}
              top={band.top}
              height={last ? band.height + bands.today.height : band.height}
              finest={last}
            />
          );
        })}
        {showToday && (
          <div
            className="tl-today-flag"
            data-testid="today-flag"
            // the header's bottom border takes the strip's last pixel
            style={{ left: todayX, top: bands.today.top, height: bands.today.height - 1 }}
          >
            Today
          </div>
        )}
      </div>
    </div>
  );
});

/** Grid lines, weekend shading (at week zoom) and the today line, for the visible window only. */
export const TimeGrid = memo(function TimeGrid({ scale, level, window, options, today }: Omit<Props, 'corner'>) {
  const lines = useMemo(() => {
    const rows = headerRows(level, scale, window.from, window.to, options);
    const fine = rows.at(-1)?.bands ?? [];
    const coarse = rows.at(-2)?.bands ?? [];
    const major = new Set(coarse.map((b) => Math.round(b.x)));
    for (const x of yearStarts(scale, window.from, window.to)) major.add(Math.round(x));
    const minor = fine.map((b) => Math.round(b.x)).filter((x) => !major.has(x));
    const shaded =
      level === 'week'
        ? weekends(Math.max(window.from, scale.fromDay), Math.min(window.to, scale.toDay)).map(([day, n]) => ({
            x: scale.x(day),
            width: n * scale.ppd,
          }))
        : [];
    return { major: [...major], minor, shaded };
  }, [level, scale, window.from, window.to, options]);
  const showToday = today >= scale.fromDay && today < scale.toDay;

  return (
    <div className="tl-grid" style={{ width: scale.width }} aria-hidden="true">
      {lines.shaded.map((w) => (
        <div key={`w${w.x}`} className="tl-weekend" data-testid="weekend" style={{ left: w.x, width: w.width }} />
      ))}
      {lines.minor.map((x) => (
        <div key={`n${x}`} className="tl-line" style={{ left: x }} />
      ))}
      {lines.major.map((x) => (
        <div key={`j${x}`} className="tl-line is-major" style={{ left: x }} />
      ))}
      {showToday && (
        <div className="tl-today" style={{ left: scale.x(today) + scale.ppd / 2 }} data-testid="today-line" />
      )}
    </div>
  );
});
