import { KICKOFF_ITEM_KINDS, kickoffIdFor } from '@planroom/shared';
import { BriefActions } from './BriefActions';
import { useKickoffBoard } from './KickoffContext';
import { useOpenKickoff } from './KickoffIndex';
import { KpiSection } from './KpiSection';
import { RaciSection } from './RaciSection';
import { RiskSection } from './RiskSection';
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
        <RaciSection open={open} />
        <KpiSection open={open} />
        <RiskSection open={open} />
      </div>
    </article>
  );
}
