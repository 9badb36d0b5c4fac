import { useMemo, useState } from 'react';
import { HeatMap } from './HeatMap';
import { useKickoffBoard } from './KickoffContext';
import { RiskAdd } from './RiskAdd';
import { RiskRow } from './RiskRow';
import { itemOptions, personOptions } from './riskKpiOptions';
import { type HeatPick, pickText, risksInPick, togglePick } from './riskText';
import { Empty, Section } from './Section';
import type { OpenKickoff } from './useKickoff';

/**
 * The kickoff's risks: the heat map and the list. The picked cell is this person's view
 * of the list, not the document: it is kept here, per kickoff, and forgotten on leaving.
 */
export function RiskSection({ open }: { open: OpenKickoff }) {
  const { canEdit } = useKickoffBoard();
  const { view, board, heat } = open;
  const [picked, setPicked] = useState<{ kickoffId: string; pick: HeatPick } | null>(null);
  const pick = picked?.kickoffId === view.kickoff.id ? picked.pick : null;
  const shown = useMemo(() => risksInPick(view.risks, heat, pick), [view.risks, heat, pick]);
  const people = useMemo(
    () => personOptions(board.people).map((o) => ({ value: o.id, label: o.label })),
    [board.people],
  );
  const items = useMemo(() => itemOptions(board.items, view.item.id), [board.items, view.item.id]);
  const choose = (cell: HeatPick) => {
    const next = togglePick(pick, cell);
    setPicked(next && { kickoffId: view.kickoff.id, pick: next });
  };

  return (
    <Section
      id="risks"
      title="Risks"
      className="risk-section"
      hint="What could stop the project, how likely and how bad, and what is done about it. An open high risk marks its items on the roadmap."
    >
      <div className="risk-layout">
        <HeatMap cells={heat} pick={pick} onPick={choose} />
        <div className="risk-main">
          {pick && (
            <p className="risk-filter" data-testid="risk-filter" aria-live="polite">
              {pickText(pick, shown.length)}.{' '}
              <button type="button" className="link-button" onClick={() => setPicked(null)}>
                Show all
              </button>
            </p>
          )}
          {view.risks.length === 0 ? (
            <Empty>No risks raised yet{canEdit ? ': add the first one below.' : '.'}</Empty>
          ) : shown.length === 0 ? (
            <Empty>No open risk is in this cell any more.</Empty>
          ) : (
            <ul className="risk-list">
              {shown.map((risk) => (
                <RiskRow key={risk.id} risk={risk} people={people} itemOptions={items} items={board.items} />
              ))}
            </ul>
          )}
          {canEdit && <RiskAdd kickoffId={view.kickoff.id} itemId={view.item.id} />}
        </div>
      </div>
    </Section>
  );
}
