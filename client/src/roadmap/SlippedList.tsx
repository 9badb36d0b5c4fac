import { type Baseline, type SlippedMilestone, slippedMilestones } from '@planroom/shared';
import { useState } from 'react';
import { useDerived } from '../core/records';
import { type SlipSort, signedDays, sortSlipped } from './baselineText';
import { useRoadmap } from './RoadmapContext';

const sameList = (a: SlippedMilestone[], b: SlippedMilestone[]) =>
  a.length === b.length &&
  a.every((s, i) => s.itemId === b[i]?.itemId && s.end === b[i]?.end && s.title === b[i]?.title);

const COLUMNS: Array<{ by: SlipSort | null; label: string }> = [
  { by: 'name', label: 'Milestone' },
  { by: 'date', label: 'Now due' },
  { by: null, label: 'Baseline' },
  { by: 'slip', label: 'Slip' },
];

/**
 * Milestones later than the chosen baseline, with their days, sortable by slip, date or
 * name. A row selects its milestone on the roadmap and brings it into view.
 */
export function SlippedList({ baseline, onPick }: { baseline: Baseline; onPick: () => void }) {
  const { store, session } = useRoadmap();
  const [by, setBy] = useState<SlipSort>('slip');
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
    <section aria-label="Slipped milestones" data-testid="slipped-milestones">
      <div className="baseline-section-head">
        <h3>Slipped milestones</h3>
        <span className="muted">{rows.length ? `${rows.length} later than '${baseline.name}'` : ''}</span>
      </div>
      {rows.length === 0 ? (
        <p className="muted">No milestone is later than in '{baseline.name}'.</p>
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
                      title={`Sort by ${c.label.toLowerCase()}`}
                    >
                      {c.label}
                    </button>
                  ) : (
                    c.label
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
                    title="Select it on the roadmap"
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
