import { type Baseline, type SlippedMilestone, slippedMilestones } from '@planroom/shared';
import { useState } from 'react';
import { useDerived } from '../core/records';
import type { MessageId } from '../i18n/en';
import { useT } from '../i18n/useT';
import { type SlipSort, signedDays, sortSlipped } from './baselineText';
import { useRoadmap } from './RoadmapContext';

const sameList = (a: SlippedMilestone[], b: SlippedMilestone[]) =>
  a.length === b.length &&
  a.every((s, i) => s.itemId === b[i]?.itemId && s.end === b[i]?.end && s.title === b[i]?.title);

const COLUMNS: Array<{ by: SlipSort | null; label: MessageId }> = [
  { by: 'name', label: 'slipped.milestone' },
  { by: 'date', label: 'slipped.nowDue' },
  { by: null, label: 'slipped.baseline' },
  { by: 'slip', label: 'slipped.slip' },
];

/**
 * Milestones later than the chosen baseline, with their days, sortable by slip, date or
 * name. A row selects its milestone on the roadmap and brings it into view.
 */
export function SlippedList({ baseline, onPick }: { baseline: Baseline; onPick: () => void }) {
  const { store, session } = useRoadmap();
  const [by, setBy] = useState<SlipSort>('slip');
  const t = useT();
  const slipped = useDerived(
    store.subscribeAny,
    () => slippedMilestones([...store.getItems().values()], baseline),
    sameList,
  );
  const rows = sortSlipped(slipped, by);

  function pick(id: string) {
    session.select(id);
    session.timeline?.reveal(id);
    onPick();
  }

  return (
    <section aria-label={t('slipped.heading')} data-testid="slipped-milestones">
      <div className="baseline-section-head">
        <h3>{t('slipped.heading')}</h3>
        <span className="muted">
          {rows.length ? t('slipped.count', { count: rows.length, name: baseline.name }) : ''}
        </span>
      </div>
      {rows.length === 0 ? (
        <p className="muted">{t('slipped.none', { name: baseline.name })}</p>
      ) : (
        <table className="slipped-table">
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th
                  key={c.label}
                  aria-sort={c.by && c.by === by ? (c.by === 'slip' ? 'descending' : 'ascending') : undefined}
                >
                  {c.by ? (
                    <button
                      type="button"
                      onClick={() => setBy(c.by as SlipSort)}
                      title={t('slipped.sortBy', { column: t(c.label).toLocaleLowerCase() })}
                    >
                      {t(c.label)}
                    </button>
                  ) : (
                    t(c.label)
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((s) => (
              <tr key={s.itemId} data-testid="slipped-row" data-item-id={s.itemId}>
                <td>
                  <button
                    type="button"
                    className="link-button"
                    title={t('slipped.select')}
                    onClick={() => pick(s.itemId)}
                  >
                    {s.title}
                  </button>
                </td>
                <td>{s.end}</td>
                <td>{s.baselineEnd}</td>
                <td className="slip" data-testid="slip-days">
                  {signedDays(s.slipDays)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
