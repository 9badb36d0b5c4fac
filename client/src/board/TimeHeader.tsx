import { memo, useMemo } from 'react';
import { type DayScale, headerRows, yearStarts, type Zoom } from '../lib/timeScale';
import type { DayWindow } from './LaneRow';

interface Props {
  scale: DayScale;
  zoom: Zoom;
  window: DayWindow;
  fiscalYearStartMonth: number;
  today: number;
  laneCount: number;
}

/** The sticky time header: coarse periods above fine ones, and where today is. */
export const TimeHeader = memo(function TimeHeader({
  scale,
  zoom,
  window,
  fiscalYearStartMonth,
  today,
  laneCount,
}: Props) {
  const [top, bottom] = useMemo(
    () => headerRows(zoom, scale, window.from, window.to, fiscalYearStartMonth),
    [zoom, scale, window.from, window.to, fiscalYearStartMonth],
  );
  const todayX = scale.x(today) + scale.ppd / 2;
  const showToday = today >= scale.fromDay && today < scale.toDay;

  return (
    <div className="tl-header">
      <div className="tl-corner">
        <span>Lanes</span>
        <span className="corner-count">{laneCount}</span>
      </div>
      <div className="tl-periods" style={{ width: scale.width }}>
        <div className="tl-period-row is-top">
          {top.map((band) => (
            <div key={band.key} className="tl-period" style={{ left: band.x, width: band.width }} title={band.title}>
              <span>{band.label}</span>
            </div>
          ))}
        </div>
        <div className="tl-period-row is-bottom">
          {bottom.map((band) => (
            <div key={band.key} className="tl-period" style={{ left: band.x, width: band.width }} title={band.title}>
              <span>{band.label}</span>
            </div>
          ))}
        </div>
        {showToday && (
          <div className="tl-today-flag" style={{ left: todayX }}>
            Today
          </div>
        )}
      </div>
    </div>
  );
});

/** Vertical grid lines behind the lanes, for the visible window only. */
export const TimeGrid = memo(function TimeGrid({
  scale,
  zoom,
  window,
  fiscalYearStartMonth,
  today,
}: Omit<Props, 'laneCount'>) {
  const lines = useMemo(() => {
    const [top, bottom] = headerRows(zoom, scale, window.from, window.to, fiscalYearStartMonth);
    const major = new Set(top.map((b) => Math.round(b.x)));
    for (const x of yearStarts(scale, window.from, window.to)) major.add(Math.round(x));
    const minor = bottom.map((b) => Math.round(b.x)).filter((x) => !major.has(x));
    return { major: [...major], minor };
  }, [zoom, scale, window.from, window.to, fiscalYearStartMonth]);
  const showToday = today >= scale.fromDay && today < scale.toDay;

  return (
    <div className="tl-grid" style={{ width: scale.width }} aria-hidden="true">
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
