import type { KickoffBrief as Brief } from '@planroom/shared';
import type { ReactNode } from 'react';
import { BriefKpis, BriefRaci, BriefRisks } from './BriefMeasures';
import { keyed } from './briefKeys';

/** One block of the printed brief: kept whole on its page and in its column. */
function Block({ title, children, wide }: { title: string; children: ReactNode; wide?: boolean }) {
  return (
    <section className={`brief-block${wide ? ' brief-wide' : ''}`}>
      <h2>{title}</h2>
      {children}
    </section>
  );
}

const NONE = <p className="brief-none">None yet</p>;

function Lines({ lines }: { lines: readonly string[] }) {
  if (!lines.length) return NONE;
  return (
    <ul>
      {keyed(lines, (l) => l).map(([key, line]) => (
        <li key={key}>{line}</li>
      ))}
    </ul>
  );
}

function Head({ brief }: { brief: Brief }) {
  const kind = brief.kind === 'program' ? 'Program' : 'Project';
  return (
    <header className="brief-head">
      <div>
        <p className="brief-kicker">
          Kickoff brief · {kind} · as of {brief.today}
        </p>
        <h1>{brief.title}</h1>
        <p className="brief-meta">
          <span>
            {brief.start} – {brief.end}
          </span>
          <span>Owner: {brief.owner ?? 'none'}</span>
          <span>Sponsor: {brief.sponsor ?? 'not named yet'}</span>
          <span>Budget owner: {brief.budgetOwner ?? 'not named yet'}</span>
        </p>
      </div>
      <p className={`brief-readiness${brief.missing.length ? '' : ' is-ready'}`} data-testid="brief-readiness">
        {brief.missing.length ? (
          <>
            <strong>Still missing:</strong> {brief.missing.join('; ')}
          </>
        ) : (
          <>
            <strong>Ready</strong>: every kickoff check passes.
          </>
        )}
      </p>
    </header>
  );
}

/** A date that never breaks at its hyphens. */
function Day({ date }: { date: string }) {
  return <time className="brief-day">{date}</time>;
}

function Objectives({ brief }: { brief: Brief }) {
  if (!brief.objectives.length) return NONE;
  return (
    <ul>
      {keyed(brief.objectives, (o) => o.text).map(([key, o]) => (
        <li key={key}>
          <strong>{o.text}</strong>
          <span className="brief-detail">
            {o.measure || o.target ? (
              <>
                {o.measure}
                {o.measure && o.target && ': '}
                {o.target}
                {o.target && o.date && (
                  <>
                    {' '}
                    by <Day date={o.date} />
                  </>
                )}
              </>
            ) : (
              'not measurable yet'
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}

function Scope({ brief }: { brief: Brief }) {
  if (!brief.scopeIn.length && !brief.scopeOut.length) return NONE;
  return (
    <div className="brief-scope">
      <div>
        <h3>In</h3>
        <Lines lines={brief.scopeIn} />
      </div>
      <div>
        <h3>Out</h3>
        <Lines lines={brief.scopeOut} />
      </div>
    </div>
  );
}

function Deliverables({ brief }: { brief: Brief }) {
  if (!brief.deliverables.length) return NONE;
  return (
    <ul>
      {keyed(brief.deliverables, (d) => d.title).map(([key, d]) => (
        <li key={key}>
          {d.title}: {d.milestone ? <Day date={d.milestone} /> : 'no milestone yet'}
        </li>
      ))}
    </ul>
  );
}

function Context({ brief }: { brief: Brief }) {
  const decisions = brief.decisions.map((d) => `${d.date}: ${d.decision}${d.decidedBy ? ` (${d.decidedBy})` : ''}`);
  if (brief.earlierDecisions) decisions.push(`and ${brief.earlierDecisions} earlier, in the decision log`);
  return (
    <>
      {brief.assumptions.length > 0 && (
        <Block title="Assumptions">
          <Lines lines={brief.assumptions} />
        </Block>
      )}
      {brief.constraints.length > 0 && (
        <Block title="Constraints">
          <Lines lines={brief.constraints} />
        </Block>
      )}
      {decisions.length > 0 && (
        <Block title="Recent decisions">
          <Lines lines={decisions} />
        </Block>
      )}
    </>
  );
}

/**
 * The kickoff on one A4 page, for print only: hidden on screen, and when printing, the one
 * thing on the page (kickoff-print.css). It shows the brief the Markdown export writes.
 */
export function KickoffBrief({ brief }: { brief: Brief }) {
  const stakeholders = brief.stakeholders.map((s) => [s.name, s.role, s.organisation].filter(Boolean).join(', '));
  return (
    <article className="kickoff-brief" data-testid="kickoff-brief">
      <Head brief={brief} />
      {brief.purpose.length > 0 && (
        <Block title="Purpose" wide>
          {keyed(brief.purpose, (p) => p).map(([key, p]) => (
            <p key={key}>{p}</p>
          ))}
        </Block>
      )}
      <div className="brief-cols">
        <Block title="Objectives">
          <Objectives brief={brief} />
        </Block>
        <Block title="Scope">
          <Scope brief={brief} />
        </Block>
        <Block title="Deliverables and milestones">
          <Deliverables brief={brief} />
        </Block>
        {stakeholders.length > 0 && (
          <Block title="Stakeholders">
            <Lines lines={stakeholders} />
          </Block>
        )}
      </div>
      {brief.raci.rows.length > 0 && (
        <Block title="Roles (RACI)" wide>
          <BriefRaci raci={brief.raci} />
        </Block>
      )}
      <div className="brief-cols">
        {brief.kpis.length > 0 && (
          <Block title="KPIs">
            <BriefKpis kpis={brief.kpis} />
          </Block>
        )}
        {brief.risks.length > 0 && (
          <Block title="Open risks, highest first">
            <BriefRisks risks={brief.risks} />
          </Block>
        )}
        <Context brief={brief} />
      </div>
    </article>
  );
}
