import { KICKOFF_ITEM_KINDS, kickoffIdFor } from '@planroom/shared';
import { AgendaSection } from './AgendaSection';
import { BriefActions } from './BriefActions';
import { DecisionsSection } from './DecisionsSection';
import { DeliverablesSection } from './DeliverablesSection';
import { useKickoffBoard } from './KickoffContext';
import { useOpenKickoff } from './KickoffIndex';
import { KpiSection } from './KpiSection';
import { ObjectivesSection } from './ObjectivesSection';
import { PeopleSection } from './PeopleSection';
import { AssumptionsSection, PurposeSection } from './PurposeSection';
import { RaciSection } from './RaciSection';
import { ReadinessPanel } from './ReadinessPanel';
import { RiskSection } from './RiskSection';
import { ScopeSection } from './ScopeSection';
import { Empty } from './Section';
import { useKickoff, useKickoffSnapshot } from './useKickoff';

/** One kickoff: every part of it on one page, with what is still missing beside it. */
export function KickoffView({ itemId }: { itemId: string }) {
  const ctx = useKickoffBoard();
  const open = useKickoff(itemId);
  const board = useKickoffSnapshot();
  const startKickoff = useOpenKickoff();
  const back = (
    <button type="button" className="link-button" onClick={() => ctx.view.update({ kickoff: null })}>
      ← All kickoffs
    </button>
  );
  if (!open) {
    const item = board.items.get(itemId);
    const problem = board.problems.find((p) => p.collection === 'kickoffs' && p.id === kickoffIdFor(itemId));
    return (
      <div className="kickoff-missing" data-testid="kickoff-missing">
        {back}
        {!item ? (
          <Empty>This item is not on the board any more (or needs attention), so it has no kickoff to show.</Empty>
        ) : !KICKOFF_ITEM_KINDS.includes(item.kind) ? (
          <Empty>
            Only projects and programs have a kickoff; “{item.title}” is a {item.kind}.
          </Empty>
        ) : problem ? (
          <Empty>
            The kickoff of “{item.title}” needs attention: {problem.field} {problem.reason}.
          </Empty>
        ) : (
          <>
            <Empty>“{item.title}” has no kickoff yet.</Empty>
            {ctx.canEdit && (
              <button type="button" className="button primary" onClick={() => startKickoff(itemId, 'project-kickoff')}>
                Start kickoff
              </button>
            )}
          </>
        )}
      </div>
    );
  }
  const { view } = open;
  return (
    <article className="kickoff" data-testid="kickoff" data-kickoff={view.kickoff.id}>
      <header className="kickoff-head">
        {back}
        <h1>
          <span className="kickoff-kind">Kickoff</span> {view.item.title}
        </h1>
        <p className="kickoff-dates">
          {view.item.start} – {view.item.end}
        </p>
        <BriefActions open={open} />
      </header>
      <div className="kickoff-body">
        <div className="kickoff-main">
          <PurposeSection open={open} />
          <ObjectivesSection open={open} />
          <ScopeSection open={open} />
          <DeliverablesSection open={open} />
          <PeopleSection open={open} />
          <RaciSection open={open} />
          <KpiSection open={open} />
          <RiskSection open={open} />
          <AssumptionsSection open={open} />
          <DecisionsSection open={open} />
        </div>
        <div className="kickoff-side">
          <ReadinessPanel open={open} />
          <AgendaSection open={open} />
        </div>
      </div>
    </article>
  );
}
