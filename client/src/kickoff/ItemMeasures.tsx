import {
  fromDayNumber,
  isOpen,
  KICKOFF_ITEM_KINDS,
  kickoffIdFor,
  kpiProgress,
  riskLevel,
  riskScore,
} from '@planroom/shared';
import { useId, useMemo } from 'react';
import { useToday } from '../timeline/useToday';
import { useKickoffBoard } from './KickoffContext';
import { useOpenKickoff } from './KickoffIndex';
import { KpiMeasure } from './KpiMeasure';
import { LEVEL_LABELS, levelReason } from './riskText';
import { useKickoffSnapshot } from './useKickoff';

/**
 * The roadmap item panel's view of an item's measures: the KPIs linked to it (current vs
 * target, trend, state) and its open risks, highest score first. Read-only everywhere:
 * they are edited in the kickoff, which a button opens. A project or program without a
 * kickoff offers to start one (editors); anything else with no measures shows nothing.
 */
export function ItemMeasures({ itemId }: { itemId: string }) {
  const ctx = useKickoffBoard();
  const board = useKickoffSnapshot();
  const today = fromDayNumber(useToday());
  const ids = useId();
  const startKickoff = useOpenKickoff();
  const { kpis, risks } = useMemo(
    () => ({
      kpis: board.kpis.filter((k) => k.itemId === itemId).map((kpi) => ({ kpi, progress: kpiProgress(kpi, today) })),
      risks: board.risks
        .filter((r) => isOpen(r) && r.itemIds.includes(itemId))
        .sort((a, b) => riskScore(b) - riskScore(a)),
    }),
    [board, itemId, today],
  );
  const item = board.items.get(itemId);
  const canHaveKickoff = item !== undefined && KICKOFF_ITEM_KINDS.includes(item.kind);
  const ownKickoff = board.kickoffs.has(kickoffIdFor(itemId));
  if (kpis.length === 0 && risks.length === 0 && !(canHaveKickoff && (ownKickoff || ctx.canEdit))) return null;
  // the item's own kickoff, else the one that set its first KPI or raised its first risk
  const kickoffIds = [kickoffIdFor(itemId), ...kpis.map(({ kpi }) => kpi.kickoffId), ...risks.map((r) => r.kickoffId)];
  const kickoffItem = kickoffIds.map((id) => (id ? board.kickoffs.get(id) : undefined)).find(Boolean)?.itemId;
  const kickoffTitle = kickoffItem && kickoffItem !== itemId ? board.items.get(kickoffItem)?.title : undefined;

  return (
    <div className="item-measures" data-testid="item-measures">
      {kpis.length > 0 && (
        <section aria-labelledby={`${ids}-kpis`}>
          <h3 className="field-label" id={`${ids}-kpis`}>
            KPIs
          </h3>
          <ul className="item-kpis">
            {kpis.map(({ kpi, progress }) => (
              <li
                key={kpi.id}
                className="item-kpi"
                data-testid="item-kpi"
                data-kpi-id={kpi.id}
                data-state={progress.state}
              >
                <span className="item-kpi-name">{kpi.name}</span>
                <KpiMeasure kpi={kpi} progress={progress} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {risks.length > 0 && (
        <section aria-labelledby={`${ids}-risks`}>
          <h3 className="field-label" id={`${ids}-risks`}>
            Open risks
          </h3>
          <ul className="item-risks">
            {risks.map((risk) => {
              const level = riskLevel(risk);
              return (
                <li
                  key={risk.id}
                  className="item-risk"
                  data-testid="item-risk"
                  data-risk-id={risk.id}
                  data-level={level}
                >
                  <span className={`risk-badge level-${level}`} title={levelReason(risk)}>
                    {riskScore(risk)} · {LEVEL_LABELS[level]}
                  </span>
                  <span className="item-risk-title">{risk.title}</span>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {kickoffItem ? (
        <button
          type="button"
          className="link-button"
          data-testid="item-kickoff"
          title="Open the kickoff: purpose, scope, roles (RACI), KPIs and risks"
          onClick={() => ctx.view.update({ mode: 'kickoff', kickoff: kickoffItem })}
        >
          {kickoffTitle ? `Open the kickoff of ${kickoffTitle}` : 'Open kickoff'}
        </button>
      ) : (
        canHaveKickoff &&
        ctx.canEdit && (
          <button
            type="button"
            className="button small"
            data-testid="item-kickoff"
            title="Starts this item's kickoff with the project kickoff agenda, and opens it"
            onClick={() => startKickoff(itemId, 'project-kickoff')}
          >
            Start kickoff
          </button>
        )
      )}
    </div>
  );
}
