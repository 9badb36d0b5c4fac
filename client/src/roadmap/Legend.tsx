import { STATUSES, type Status } from '@planroom/shared';
import type { ReactNode } from 'react';
import { STATUS_INFO, StatusIcon } from '../ui/icons';

/** How each kind of item is drawn, in the words of a status meeting. */
const KINDS: Array<[kind: string, label: string, hint: string]> = [
  ['program', 'Program / portfolio', 'Grey bracketed bar: spans the projects it groups'],
  ['project', 'Project / task', 'Rounded bar in its status colour; the darker part is progress'],
  ['milestone', 'Milestone', 'Diamond on its date, in its status colour'],
  ['rollup', 'Roll-up', 'Thin bar under a parent: the span and progress of everything in it'],
];

/**
 * The lines and rings drawn over bars. A new mark (baselines: the thin bar under the live
 * one) is one more entry here, with its swatch class in legend.css.
 */
const MARKS: Array<[mark: string, label: string, hint: string]> = [
  ['dep', 'Dependency', 'Arrow from the item that must finish (or start) first to the one that waits on it'],
  [
    'critical',
    'Critical path',
    'Orange ring and arrows: any delay here delays the end date (Critical path in the view bar)',
  ],
  ['broken', 'Broken dependency', 'Red arrow: the dates break the link (the waiting item starts too early)'],
  ['today', 'Today', "Red line at today's date"],
  ['baseline', 'Baseline', 'Thin grey line under a bar: its dates in the chosen baseline (Baselines, B)'],
];

function Entry({ swatch, label, hint }: { swatch: ReactNode; label: string; hint: string }) {
  return (
    <li className="legend-entry" title={hint}>
      {swatch}
      <span>{label}</span>
    </li>
  );
}

function MarkSwatch({ mark }: { mark: string }) {
  const swatch = <span className={`legend-mark mark-${mark}`} aria-hidden="true" />;
  if (mark !== 'critical') return swatch;
  // orange like a broken link is red: the ringed bar tells them apart
  return (
    <span className="legend-marks">
      <span className="legend-mark mark-critical-bar" aria-hidden="true" />
      {swatch}
    </span>
  );
}

function StatusEntry({ status }: { status: Status }) {
  const info = STATUS_INFO[status];
  return (
    <Entry
      swatch={
        <span className={`legend-status status-${status}`} aria-hidden="true">
          <StatusIcon status={status} size={12} />
        </span>
      }
      label={info.label}
      hint={info.hint}
    />
  );
}

/**
 * The presentation's key to the roadmap: statuses and their colours, how kinds are drawn,
 * and the marks over bars. A `<details>` open by default, so a phone can fold it to one line.
 */
export function Legend() {
  return (
    <details className="legend" data-testid="legend" open>
      <summary className="legend-summary">Legend</summary>
      <div className="legend-body">
        <ul className="legend-group" aria-label="Statuses">
          {STATUSES.map((s) => (
            <StatusEntry key={s} status={s} />
          ))}
        </ul>
        <ul className="legend-group" aria-label="Kinds of item">
          {KINDS.map(([kind, label, hint]) => (
            <Entry
              key={kind}
              swatch={<span className={`legend-kind kind-${kind}`} aria-hidden="true" />}
              label={label}
              hint={hint}
            />
          ))}
        </ul>
        <ul className="legend-group" aria-label="Lines and marks">
          {MARKS.map(([mark, label, hint]) => (
            <Entry key={mark} swatch={<MarkSwatch mark={mark} />} label={label} hint={hint} />
          ))}
        </ul>
      </div>
    </details>
  );
}
