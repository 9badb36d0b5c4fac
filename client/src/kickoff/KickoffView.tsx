import { KICKOFF_ITEM_KINDS, kickoffIdFor } from '@planroom/shared';
import { type ReactNode, useDeferredValue } from 'react';
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
import { type OpenKickoff, useKickoff, useKickoffSnapshot } from './useKickoff';

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
  // keyed by item: the background-drawn parts never show the kickoff opened before
  return <OpenKickoffView key={itemId} open={open} back={back} />;
}

/** A section whose content is still being drawn: its heading holds its place on the page. */
function Pending({ title }: { title: string }) {
  return (
    <section className="kickoff-section is-pending" data-testid="section-pending" aria-busy="true">
      <div className="kickoff-section-head">
        <h2>{title}</h2>
      </div>
      <p className="kickoff-empty">Loading…</p>
    </section>
  );
}

/**
 * The first screen (purpose, objectives, scope, readiness, agenda) is drawn at once; the
 * heavier parts below it (a RACI matrix of 800 cells, dozens of KPIs and risks, the print
 * brief) follow in a background render that yields to the browser, so a big kickoff
 * opens in one quick frame and fills in without freezing the page. Live edits reach those
 * parts the same way, a frame or so later.
 */
function OpenKickoffView({ open, back }: { open: OpenKickoff; back: ReactNode }) {
  const later = useDeferredValue<OpenKickoff | null>(open, null);
  const { view } = open;
  const deferred = (title: string, draw: (o: OpenKickoff) => ReactNode) =>
    later ? draw(later) : <Pending title={title} />;
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
        {later && <BriefActions open={later} />}
      </header>
      <div className="kickoff-body">
        <div className="kickoff-main">
          <PurposeSection open={open} />
          <ObjectivesSection open={open} />
          <ScopeSection open={open} />
          {deferred('Deliverables', (o) => (
            <DeliverablesSection open={o} />
          ))}
          {deferred('People', (o) => (
            <PeopleSection open={o} />
          ))}
          {deferred('Roles (RACI)', (o) => (
            <RaciSection open={o} />
          ))}
          {deferred('KPIs', (o) => (
            <KpiSection open={o} />
          ))}
          {deferred('Risks', (o) => (
            <RiskSection open={o} />
          ))}
          {deferred('Assumptions and constraints', (o) => (
            <AssumptionsSection open={o} />
          ))}
          {deferred('Decisions', (o) => (
            <DecisionsSection open={o} />
          ))}
        </div>
        <div className="kickoff-side">
          <ReadinessPanel open={open} />
          <AgendaSection open={open} />
        </div>
      </div>
    </article>
  );
}
