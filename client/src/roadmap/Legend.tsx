import { STATUSES, type Status } from '@planroom/shared';
import type { ReactNode } from 'react';
import type { MessageId } from '../i18n/en';
import { useT } from '../i18n/useT';
import { StatusIcon, statusInfo } from '../ui/icons';

/** How each kind of item is drawn, in the words of a status meeting. */
const KINDS = ['program', 'project', 'milestone', 'rollup'] as const;

/**
 * The lines and rings drawn over bars. A new mark (baselines: the thin bar under the live
 * one) is one more entry here, with its swatch class in legend.css.
 */
const MARKS = ['dep', 'critical', 'broken', 'today', 'baseline'] as const;

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
  const info = statusInfo(status);
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
  const t = useT();
  const label = (key: string) => t(`legend.${key}` as MessageId);
  const hint = (key: string) => t(`legend.${key}.hint` as MessageId);
  return (
    <details className="legend" data-testid="legend" open>
      <summary className="legend-summary">{t('legend.summary')}</summary>
      <div className="legend-body">
        <ul className="legend-group" aria-label={t('legend.statuses')}>
          {STATUSES.map((s) => (
            <StatusEntry key={s} status={s} />
          ))}
        </ul>
        <ul className="legend-group" aria-label={t('legend.kinds')}>
          {KINDS.map((kind) => (
            <Entry
              key={kind}
              swatch={<span className={`legend-kind kind-${kind}`} aria-hidden="true" />}
              label={label(kind)}
              hint={hint(kind)}
            />
          ))}
        </ul>
        <ul className="legend-group" aria-label={t('legend.marks')}>
          {MARKS.map((mark) => (
            <Entry key={mark} swatch={<MarkSwatch mark={mark} />} label={label(mark)} hint={hint(mark)} />
          ))}
        </ul>
      </div>
    </details>
  );
}
