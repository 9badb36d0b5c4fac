import type { CSSProperties, HTMLAttributes, ReactNode, RefObject } from 'react';
import { TimeGrid, TimeHeader } from './TimeHeader';
import type { DayScale } from './timeScale';
import type { useTimeCanvas } from './useTimeCanvas';

interface Props extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  scrollRef: RefObject<HTMLDivElement | null>;
  bodyRef?: RefObject<HTMLDivElement | null>;
  scale: DayScale;
  canvas: ReturnType<typeof useTimeCanvas>;
  /** The corner above the row names: what the rows are, and how many. */
  corner: { label: string; count: number };
  /** Rows in the view (for tests and tools: `data-rows`). */
  rows: number;
  /** The rows, and whatever the view draws over them. */
  children: ReactNode;
}

/**
 * The scroll box both views draw in: a sticky time header over a body of rows, the grid of
 * days behind them, and the lane column on the left (each row draws its own head in it).
 */
export function TimeCanvas({ scrollRef, bodyRef, scale, canvas, corner, rows, className, children, ...rest }: Props) {
  const { level, viewport, options, today, laneColumn } = canvas;
  // the CSS draws the column (corner, row heads, grid offset) from the same width
  const column = { '--lane-column': `${laneColumn}px` } as CSSProperties;
  return (
    <div
      {...rest}
      className={className ? `tl-scroll ${className}` : 'tl-scroll'}
      ref={scrollRef}
      data-zoom={level}
      data-ppd={Math.round(scale.ppd * 100) / 100}
      data-rows={rows}
      data-scroll-root
      style={column}
    >
      <div className="tl-canvas" style={{ width: laneColumn + scale.width }}>
        <TimeHeader
          scale={scale}
          level={level}
          window={viewport.window}
          options={options}
          today={today}
          corner={corner}
        />
        <div className="tl-body" ref={bodyRef}>
          <TimeGrid scale={scale} level={level} window={viewport.window} options={options} today={today} />
          {children}
        </div>
      </div>
    </div>
  );
}
